package io.liveops.console.incident.ui;

import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.IncidentValidationException;
import io.liveops.console.incident.core.IssuePhrase;
import io.liveops.console.incident.core.Severity;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The declare form: a one-line title (at most {@link IncidentService#TITLE_LIMIT} characters, the count
 * shown), the issue as users would say it (suggested from the title and feature until the director
 * types one), severity, feature and description. A refusal keeps everything typed and says why.
 */
final class DeclareFormViewModel {

    private final IncidentBoardViewModel board;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty issue = new SimpleStringProperty("");
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(Severity.P1);
    private final StringProperty feature = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringBinding titleCount;
    private final BooleanBinding titleTooLong;
    private boolean suggesting;
    private boolean issueTyped;

    DeclareFormViewModel(IncidentBoardViewModel board) {
        this.board = board;
        titleCount = Bindings.createStringBinding(() -> length(title.get()) + " / " + IncidentService.TITLE_LIMIT, title);
        titleTooLong = Bindings.createBooleanBinding(() -> length(title.get()) > IncidentService.TITLE_LIMIT, title);
        title.addListener((o, was, now) -> suggestIssue());
        feature.addListener((o, was, now) -> suggestIssue());
        issue.addListener((o, was, now) -> {
            if (!suggesting) {
                issueTyped = now != null && !now.isBlank(); // cleared: follow the title again
            }
        });
    }

    private static int length(String s) {
        return s == null ? 0 : s.strip().length();
    }

    private void suggestIssue() {
        if (issueTyped) {
            return;
        }
        suggesting = true;
        issue.set(title.get() == null || title.get().isBlank() ? "" : IssuePhrase.suggest(title.get(), feature.get()));
        suggesting = false;
    }

    public void openForm() {
        open.set(true);
        error.set("");
    }

    public void cancel() {
        open.set(false);
        error.set("");
    }

    /** Declares the incident in the form; on a refusal the form keeps everything typed and says why. */
    public void declare() {
        String t = title.get();
        try {
            IncidentService.checkTitle(t);
        } catch (IncidentValidationException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        Severity sev = severity.get();
        String f = feature.get();
        String d = description.get();
        String is = issue.get();
        board.perform(new IncidentAction("declare " + t + "|" + sev + "|" + f + "|" + d + "|" + is, "Declaring an incident", "the incident",
                id -> board.service().declare(id, t, sev, f, d, is),
                saved -> {
                    issueTyped = false;
                    title.set("");
                    feature.set("");
                    description.set("");
                    issue.set("");
                    open.set(false);
                    board.select(saved.id());
                    board.say("Incident " + saved.label() + " declared and saved.");
                },
                error::set));
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** "12 / 120". */
    public StringBinding titleCountProperty() {
        return titleCount;
    }

    public BooleanBinding titleTooLongProperty() {
        return titleTooLong;
    }

    public StringProperty issueProperty() {
        return issue;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public StringProperty featureProperty() {
        return feature;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
