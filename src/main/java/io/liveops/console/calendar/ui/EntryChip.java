package io.liveops.console.calendar.ui;

import io.liveops.console.calendar.core.CalendarService;
import io.liveops.console.calendar.core.ItemStatus;
import io.liveops.console.ui.kit.Icons;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * One entry as a chip: a stripe in its channel's colour, its status as an icon shape, its time in
 * the viewer's zone (and its own zone when it differs), its title, and red or warning marks for
 * overdue and clashes. Click selects it; drag carries its key to a day.
 */
final class EntryChip extends VBox {

    static final String DRAG_PREFIX = "calendar-entry:";

    EntryChip(CalendarService.Entry e, ZoneId viewer, boolean selected, CalendarViewModel vm) {
        this(e, viewer, selected, vm, false);
    }

    /** @param compact one wrapped line "09:00 Title" (the month view); the own zone is then in the tooltip */
    EntryChip(CalendarService.Entry e, ZoneId viewer, boolean selected, CalendarViewModel vm, boolean compact) {
        getStyleClass().addAll("chip", "channel-" + e.item().channel().id(), "status-" + e.item().status().id());
        setId("chip-" + e.key());
        if (e.item().generated()) {
            getStyleClass().add("generated");
        }
        if (e.overdue()) {
            getStyleClass().add("overdue");
        }
        setFillWidth(true);
        if (selected) {
            getStyleClass().add("selected");
        }
        javafx.scene.layout.HBox icons = new javafx.scene.layout.HBox(1, statusIcon(e.item().status()).create());
        if (e.overdue()) {
            icons.getChildren().add(Icons.OVERDUE.create());
        }
        if (!e.collisions().isEmpty()) {
            icons.getChildren().add(Icons.CLASH.create());
        }
        String own = EntryText.ownZoneTime(e.item(), viewer);
        if (compact) {
            Label line = new Label(EntryText.localTime(e.item(), viewer) + " " + e.item().title(), icons);
            line.getStyleClass().add("chip-title");
            line.setWrapText(true);
            line.setMaxWidth(Double.MAX_VALUE);
            line.setPrefWidth(40);
            line.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            line.setTextAlignment(javafx.scene.text.TextAlignment.LEFT);
            getChildren().add(line);
        } else {
            // icons, time and own zone wrap onto a second line in a narrow day rather than being cut
            FlowPane top = new FlowPane(3, 0);
            top.setPrefWrapLength(60); // a FlowPane asks for 400 px by default: far wider than a day
            top.getChildren().addAll(icons, new Label(EntryText.localTime(e.item(), viewer)));
            if (!own.isEmpty()) {
                Label zone = new Label(own);
                zone.getStyleClass().add("chip-zone");
                top.getChildren().add(zone);
            }
            Label title = new Label(e.item().title());
            title.getStyleClass().add("chip-title");
            title.setWrapText(true);
            title.setMaxWidth(Double.MAX_VALUE);
            title.setPrefWidth(40); // take the chip's width, whatever it is, and wrap within it
            getChildren().addAll(top, title);
        }
        Tooltip.install(this, new Tooltip(EntryText.details(e, viewer)));
        setAccessibleText(e.item().title() + ", " + e.item().status().label().toLowerCase(Locale.ROOT) + (e.overdue() ? ", overdue" : ""));
        setOnMouseClicked(ev -> {
            vm.select(e);
            ev.consume();
        });
        setOnDragDetected(ev -> {
            Dragboard db = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent c = new ClipboardContent();
            c.putString(DRAG_PREFIX + e.key());
            db.setContent(c);
            ev.consume();
        });
    }

    static Icons statusIcon(ItemStatus s) {
        return switch (s) {
            case IDEA -> Icons.ITEM_IDEA;
            case DRAFT -> Icons.ITEM_DRAFT;
            case SCHEDULED -> Icons.ITEM_SCHEDULED;
            case PUBLISHED -> Icons.ITEM_PUBLISHED;
            case SKIPPED -> Icons.ITEM_SKIPPED;
        };
    }
}
