package io.liveops.console.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.state.SettingsRepository;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shell's own state: whether the first-run preparation is on screen and how far it is, the
 * start-up problems shown in the notice bar, and the theme.
 */
public final class ShellViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ShellViewModel.class);

    private final BooleanProperty preparing = new SimpleBooleanProperty(this, "preparing", false);
    private final DoubleProperty preparationProgress = new SimpleDoubleProperty(this, "preparationProgress", -1);
    private final StringProperty preparationMessage = new SimpleStringProperty(this, "preparationMessage", "");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);

    public ShellViewModel() {
    }

    /**
     * The shell whose theme is the user's saved choice and is saved again when switched.
     * Reads the setting on the calling thread (the console builds this during start-up, off the FX thread).
     */
    public ShellViewModel(SettingsRepository settings, TaskExecutor executor) {
        darkTheme.set(settings.get(DARK_THEME_SETTING).map(Boolean::parseBoolean).orElse(false));
        darkTheme.addListener((o, was, dark) -> executor.execute(BackgroundTask.of("Saving the theme", (p, c) -> {
            settings.put(DARK_THEME_SETTING, String.valueOf(dark));
            return null;
        }).onFailure(e -> report("Could not save the theme setting: " + e.getMessage()))));
    }

    /** The setting that remembers the theme. */
    public static final String DARK_THEME_SETTING = "ui.darkTheme";

    public BooleanProperty preparingProperty() {
        return preparing;
    }

    public DoubleProperty preparationProgressProperty() {
        return preparationProgress;
    }

    public StringProperty preparationMessageProperty() {
        return preparationMessage;
    }

    /** One sentence each; the user dismisses them. */
    public ObservableList<String> problems() {
        return problems;
    }

    public void report(String problem) {
        LOG.warn("Shown in the notice bar: {}", problem);
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }
}
