package io.liveops.console.kpi.ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.shared.JsonConfig;
import io.liveops.console.state.SettingsRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The board's arrangement, saved in the state store: the user's order of tiles and the hidden ones, and the minutes
 * between scheduled refreshes.
 */
public final class KpiLayoutViewModel {

    static final String LAYOUT_SETTING = "kpi.tiles.layout";
    static final String INTERVAL_SETTING = "kpi.refreshIntervalMinutes";

    /** The saved layout: the user's order of tile ids (others follow in catalogue order) and the hidden ones. */
    public record Layout(@JsonProperty("order") List<String> order, @JsonProperty("hidden") Set<String> hidden) {
        public Layout {
            order = order == null ? List.of() : List.copyOf(order);
            hidden = hidden == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(hidden));
        }

        static Layout empty() {
            return new Layout(List.of(), Set.of());
        }
    }

    private final TaskExecutor executor;
    private final SettingsRepository settings;
    private final ObjectMapper json = JsonConfig.mapper();
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout", Layout.empty());
    private final IntegerProperty refreshMinutes = new SimpleIntegerProperty(this, "refreshMinutes", 5);
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private boolean settingsLoaded;

    public KpiLayoutViewModel(KpiBoardViewModel board, TaskExecutor executor, SettingsRepository settings) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.settings = Objects.requireNonNull(settings, "settings");
        refreshMinutes.addListener((o, was, minutes) -> {
            board.refreshIntervalProperty().set(Duration.ofMinutes(minutes.intValue()));
            if (settingsLoaded) {
                save(INTERVAL_SETTING, String.valueOf(minutes.intValue()));
            }
        });
    }

    /** Reads the saved layout and refresh interval (background); call once when the view is built. */
    public void loadSettings() {
        record Saved(Optional<String> layout, Optional<String> interval) {}
        executor.execute(BackgroundTask.of("Reading the board layout", (p, c) ->
                        new Saved(settings.get(LAYOUT_SETTING), settings.get(INTERVAL_SETTING)))
                .onSuccess(saved -> {
                    saved.layout().ifPresent(text -> {
                        try {
                            layout.set(json.readValue(text, Layout.class));
                        } catch (JsonProcessingException e) {
                            problem.set("The saved tile layout could not be read, the default layout is used: " + e.getOriginalMessage());
                        }
                    });
                    saved.interval().ifPresent(text -> {
                        try {
                            refreshMinutes.set(clampMinutes(Integer.parseInt(text.trim())));
                        } catch (NumberFormatException e) {
                            // a hand-edited setting: keep the default interval
                        }
                    });
                    settingsLoaded = true;
                })
                .onFailure(e -> settingsLoaded = true));
    }

    static int clampMinutes(int minutes) {
        return Math.max(1, Math.min(24 * 60, minutes));
    }

    public void hide(String id) {
        Set<String> hidden = new LinkedHashSet<>(layout.get().hidden());
        if (hidden.add(id)) {
            setLayout(new Layout(layout.get().order(), hidden));
        }
    }

    public void show(String id) {
        Set<String> hidden = new LinkedHashSet<>(layout.get().hidden());
        if (hidden.remove(id)) {
            setLayout(new Layout(layout.get().order(), hidden));
        }
    }

    public boolean isHidden(String id) {
        return layout.get().hidden().contains(id);
    }

    /**
     * Swaps two tiles in the saved order.
     *
     * @param allIds every tile id in the order shown now (hidden ones included)
     */
    void swap(String id, String other, List<String> allIds) {
        List<String> order = new ArrayList<>(allIds);
        int a = order.indexOf(id);
        int b = order.indexOf(other);
        if (a < 0 || b < 0) {
            return;
        }
        order.set(a, other);
        order.set(b, id);
        setLayout(new Layout(order, layout.get().hidden()));
    }

    /** Back to the contract's order with every tile shown. */
    public void resetLayout() {
        setLayout(Layout.empty());
    }

    private void setLayout(Layout next) {
        layout.set(next);
        try {
            save(LAYOUT_SETTING, json.writeValueAsString(next));
        } catch (JsonProcessingException e) {
            problem.set("The tile layout could not be saved: " + e.getOriginalMessage());
        }
    }

    private void save(String name, String value) {
        executor.execute(BackgroundTask.of("Saving " + name, (p, c) -> {
            settings.put(name, value);
            return null;
        }).onFailure(e -> problem.set("Could not save " + name + ": " + e.getMessage())));
    }

    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    /** Minutes between scheduled refreshes (1 to 1440), saved in the state store. */
    public IntegerProperty refreshMinutesProperty() {
        return refreshMinutes;
    }

    /** A problem reading or saving the layout; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }
}
