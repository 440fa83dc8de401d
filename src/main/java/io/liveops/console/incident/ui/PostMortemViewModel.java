package io.liveops.console.incident.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.ui.kit.ClipboardService;
import io.liveops.console.ui.kit.SaveDialogService;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The post-mortem of the selected (resolved) incident: a Markdown draft to edit, save, copy or export. */
final class PostMortemViewModel {

    private final IncidentBoardViewModel board;
    private final ClipboardService clipboard;
    private final SaveDialogService saveDialog;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final StringProperty text = new SimpleStringProperty("");

    PostMortemViewModel(IncidentBoardViewModel board, ClipboardService clipboard, SaveDialogService saveDialog) {
        this.board = board;
        this.clipboard = clipboard;
        this.saveDialog = saveDialog;
    }

    public void openEditor() {
        Optional<Incident> selected = board.selectedIncident();
        if (selected.isEmpty()) {
            board.say("Select an incident first.");
            return;
        }
        Incident i = selected.get();
        if (!i.resolved()) {
            board.say("The post-mortem is written once the incident is resolved.");
            return;
        }
        board.executor().execute(BackgroundTask.of("Preparing the post-mortem", (p, x) -> board.service().postMortemDraft(i, board.zone()))
                .onSuccess(d -> {
                    if (board.selectedIncident().map(s -> s.id().equals(i.id())).orElse(false)) {
                        text.set(d.markdown());
                        open.set(true);
                        board.say(d.saved() ? "Saved post-mortem opened." : "Post-mortem draft prefilled from the incident: edit and save it.");
                    }
                })
                .onFailure(e -> board.say(e.getMessage())));
    }

    public void save() {
        String md = text.get();
        board.changeSelected("post-mortem " + md.hashCode(), "Saving the post-mortem", "the post-mortem",
                (id, i) -> board.service().savePostMortem(id, i, md), s -> "Post-mortem saved with incident " + s.label() + ".");
    }

    public void copy() {
        clipboard.putText(text.get());
        board.say("Post-mortem copied to the clipboard.");
    }

    public void export() {
        Optional<Incident> selected = board.selectedIncident();
        if (selected.isEmpty()) {
            return;
        }
        String md = text.get();
        saveDialog.askSaveFile("Export the post-mortem", "post-mortem-" + selected.get().id() + ".md")
                .ifPresent(file -> board.executor().execute(BackgroundTask.of("Exporting the post-mortem", (p, x) -> {
                            file.write(md);
                            return file;
                        })
                        .onSuccess(f -> board.say("Post-mortem exported to " + f.location() + "."))
                        .onFailure(e -> board.say("Could not export the post-mortem to " + file.location() + ": " + e.getMessage()))));
    }

    /** Closes the editor (another incident was selected). */
    void close() {
        open.set(false);
        text.set("");
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public StringProperty textProperty() {
        return text;
    }
}
