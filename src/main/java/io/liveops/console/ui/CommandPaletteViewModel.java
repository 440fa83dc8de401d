package io.liveops.console.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The command palette (Ctrl+K): every action of the console found by words. The commands come from
 * the tabs' contract and the shell, asked afresh each time the palette opens (so "Copy the Discord
 * template of the selected incident" exists only while one is selected).
 */
public final class CommandPaletteViewModel {

    /**
     * An action the palette offers.
     *
     * @param shortcut the keys that run it without the palette, as a person reads them ("Ctrl+N"), or ""
     * @param keywords more words it is found by
     */
    public record Entry(String title, String shortcut, String keywords, Runnable run) {
        public Entry {
            Objects.requireNonNull(title, "title");
            shortcut = shortcut == null ? "" : shortcut;
            keywords = keywords == null ? "" : keywords;
            Objects.requireNonNull(run, "run");
        }

        String haystack() {
            return (title + " " + keywords).toLowerCase(Locale.ROOT);
        }
    }

    private final Supplier<List<Entry>> commands;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Entry> matches = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private List<Entry> all = List.of();

    public CommandPaletteViewModel(Supplier<List<Entry>> commands) {
        this.commands = Objects.requireNonNull(commands, "commands");
        query.addListener((o, was, now) -> filter());
    }

    /** Reads the commands anew and clears the query (the palette opens). */
    public void open() {
        all = List.copyOf(commands.get());
        query.set("");
        filter();
    }

    private void filter() {
        String[] words = query.get() == null ? new String[0] : query.get().toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<Entry> found = new ArrayList<>();
        for (Entry e : all) {
            String hay = e.haystack();
            boolean every = true;
            for (String w : words) {
                if (!w.isEmpty() && !hay.contains(w)) {
                    every = false;
                    break;
                }
            }
            if (every) {
                found.add(e);
            }
        }
        String first = words.length == 0 ? "" : words[0];
        if (!first.isEmpty()) {
            // titles that start with what was typed come first; otherwise the order the tabs gave
            found.sort(Comparator.comparingInt(e -> e.title().toLowerCase(Locale.ROOT).startsWith(first) ? 0 : 1));
        }
        matches.setAll(found);
        selected.set(found.isEmpty() ? -1 : 0);
    }

    public void moveSelection(int delta) {
        if (matches.isEmpty()) {
            return;
        }
        selected.set(Math.floorMod(selected.get() + delta, matches.size()));
    }

    /** Runs the selected command; false when there is none. */
    public boolean runSelected() {
        int i = selected.get();
        if (i < 0 || i >= matches.size()) {
            return false;
        }
        matches.get(i).run().run();
        return true;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Entry> matches() {
        return matches;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }
}
