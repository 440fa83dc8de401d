package io.liveops.console.ui.kit;

import io.liveops.console.shared.DisplayFormats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Days as the console writes them everywhere ({@link DisplayFormats#DATE}, 2026-11-27), for date pickers: without it a
 * picker follows the machine's locale (11/27/2026) while every other screen says 2026-11-27.
 */
public final class DayConverter extends StringConverter<LocalDate> {

    private final Consumer<String> refused;
    private final Supplier<LocalDate> keep;

    /**
     * @param refused hears text that is not a day ("abc"), to say why it was refused
     * @param keep    the day the picker keeps meanwhile (the one on screen)
     */
    public DayConverter(Consumer<String> refused, Supplier<LocalDate> keep) {
        this.refused = refused;
        this.keep = keep;
    }

    /** Gives a picker the console's day format; text that is not a day is left to the picker (it reverts). */
    public static void apply(DatePicker picker) {
        picker.setConverter(new DayConverter(null, null));
        picker.setPromptText("yyyy-mm-dd");
    }

    @Override
    public String toString(LocalDate day) {
        return day == null ? "" : DisplayFormats.date(day);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return keep == null ? null : keep.get();
        }
        try {
            return LocalDate.parse(text.trim(), DisplayFormats.DATE.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            if (refused == null) {
                throw e;
            }
            refused.accept(text);
            return keep.get();
        }
    }
}
