package io.liveops.console.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.shared.DirectorName;
import io.liveops.console.shared.JsonConfig;
import io.liveops.console.state.SettingsRepository;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File → Your name…: the one name the console records for its user (checklist ticks, acknowledged
 * alerts), saved as a setting before it is used.
 */
public final class DirectorNameViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DirectorNameViewModel.class);

    private final DirectorName name;
    private final SettingsRepository settings;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current");
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final StringBinding problem;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public DirectorNameViewModel(DirectorName name, SettingsRepository settings, TaskExecutor executor) {
        this.name = Objects.requireNonNull(name, "name");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
        current.set(name.get());
        problem = Bindings.createStringBinding(() -> {
            String p = DirectorName.problemWith(draft.get());
            return p == null ? "" : p;
        }, draft);
    }

    /** The saved name, or the account's name when none is saved yet (reads the setting: call it off the FX thread). */
    public static DirectorName load(SettingsRepository settings, String accountName) {
        return new DirectorName(settings.get(DirectorName.SETTING).flatMap(json -> {
            try {
                String saved = JsonConfig.mapper().readValue(json, String.class);
                return DirectorName.problemWith(saved) == null ? java.util.Optional.of(saved) : java.util.Optional.empty();
            } catch (JsonProcessingException e) {
                return java.util.Optional.empty();
            }
        }).orElse(accountName));
    }

    /** Starts an edit with the name in use. */
    public void edit() {
        draft.set(current.get());
        message.set("");
    }

    /** Saves the typed name (durably), then uses it; a refused name keeps what was typed. */
    public void save() {
        String typed = draft.get();
        String refused = DirectorName.problemWith(typed);
        if (refused != null) {
            LOG.info("Name refused: {}", refused);
            message.set(refused);
            return;
        }
        String clean = typed.strip();
        executor.execute(BackgroundTask.of("Saving your name", (p, c) -> {
                    settings.put(DirectorName.SETTING, JsonConfig.mapper().writeValueAsString(clean));
                    return clean;
                })
                .onSuccess(saved -> {
                    name.set(saved);
                    current.set(saved);
                    message.set("Saved: the console records you as " + saved + ".");
                })
                .onFailure(e -> {
                    LOG.warn("Could not save the name: {}", e.getMessage());
                    message.set("Not saved: " + e.getMessage());
                }));
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
