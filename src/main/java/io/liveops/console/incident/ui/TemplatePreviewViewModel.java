package io.liveops.console.incident.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.incident.core.AnnouncementDetails;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.SlaClock;
import io.liveops.console.shared.Template;
import io.liveops.console.shared.TemplateException;
import io.liveops.console.incident.core.TemplateKind;
import io.liveops.console.incident.core.Templates;
import io.liveops.console.incident.core.TweetLength;
import io.liveops.console.ui.kit.ClipboardService;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The template preview: a template filled from the selected incident and the details on screen, in an
 * editable text the director copies. Templates are read off the FX thread and kept by
 * {@link Templates} (read again when their file changes, or on {@link #reloadTemplates()}); filling is
 * pure. Until the director edits the text, it follows the details and the incident as they change.
 */
final class TemplatePreviewViewModel {

    private final IncidentBoardViewModel board;
    private final Templates templates;
    private final ClipboardService clipboard;
    private final ReadOnlyObjectWrapper<TemplateKind> kind = new ReadOnlyObjectWrapper<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private Template template;
    private boolean filling;
    private boolean edited;
    private long request;

    TemplatePreviewViewModel(IncidentBoardViewModel board, Templates templates, ClipboardService clipboard) {
        this.board = board;
        this.templates = templates;
        this.clipboard = clipboard;
        text.addListener((o, was, now) -> {
            if (!filling) {
                edited = true;
            }
            updateInfo();
        });
        for (Observable field : board.detail().detailFields()) {
            field.addListener(o -> refillUnlessEdited());
        }
        board.detail().incidentProperty().addListener((o, was, now) -> refillUnlessEdited());
    }

    /** Reads every template once, off the FX thread, so the first click fills at once; problems show when one is opened. */
    void preload() {
        board.executor().execute(BackgroundTask.of("Reading the incident templates", (p, c) -> {
            for (TemplateKind k : TemplateKind.values()) {
                try {
                    templates.load(k);
                } catch (RuntimeException broken) {
                    // said in the preview when this template is opened
                }
            }
            return null;
        }));
    }

    /** Fills a template into the preview; a broken template file is said in the preview's info line. */
    public void open(TemplateKind k) {
        if (board.selectedIncident().isEmpty()) {
            board.say("Select an incident first.");
            return;
        }
        long r = ++request;
        kind.set(k);
        template = null;
        setText("");
        loading.set(true);
        info.set("Reading the template…");
        problem.set(false);
        board.executor().execute(BackgroundTask.of("Reading the " + k.label() + " template", (p, c) -> templates.load(k))
                .onSuccess(t -> {
                    if (r == request) {
                        loading.set(false);
                        template = t;
                        fill();
                    }
                })
                .onFailure(e -> {
                    if (r == request) {
                        loading.set(false);
                        info.set(e.getMessage());
                        problem.set(true);
                    }
                }));
    }

    /** Forgets the templates read so far and reads the open one again (after editing a template file). */
    public void reloadTemplates() {
        templates.forget();
        if (kind.get() != null) {
            open(kind.get());
        }
        board.say("The templates will be read again from their files.");
    }

    private void refillUnlessEdited() {
        if (template != null && !edited && board.detail().incidentProperty().get() != null) {
            fill();
        }
    }

    private void fill() {
        Incident i = board.detail().incidentProperty().get().withDetails(board.detail().details());
        SeverityPolicy.Rule rule = board.policy().rule(i.severity());
        SlaClock.Sla sla = SlaClock.of(i, rule, board.clock().instant());
        try {
            setText(template.fill(Templates.values(i, rule, sla.nextUpdateAt(), board.zone())));
            edited = false;
        } catch (TemplateException e) {
            setText("");
            info.set(e.getMessage());
            problem.set(true);
        }
    }

    private void setText(String t) {
        filling = true;
        text.set(t);
        filling = false;
    }

    private void updateInfo() {
        if (kind.get() == TemplateKind.TWITTER) {
            int n = TweetLength.count(text.get());
            problem.set(n > TweetLength.LIMIT);
            info.set(n + " / " + TweetLength.LIMIT + (n > TweetLength.LIMIT ? " — too long for one tweet" : ""));
        } else if (kind.get() != null) {
            problem.set(false);
            info.set(text.get().codePointCount(0, text.get().length()) + " characters");
        }
    }

    /** Copies the (possibly edited) text; the timeline records "Copied …" with the text, and the details it used are saved. */
    public void copy() {
        TemplateKind k = kind.get();
        String t = text.get();
        if (k == null || t == null || t.isBlank()) {
            board.say("Nothing to copy: pick a template first.");
            return;
        }
        clipboard.putText(t);
        AnnouncementDetails d = board.detail().details();
        boolean detailsEdited = board.detail().detailsEditedProperty().get();
        board.changeSelected("sent " + k + " " + t, "Recording the " + k.copiedName(), "the record of the " + k.copiedName(),
                (id, i) -> board.service().recordSent(id, i.withDetails(d), k, t),
                s -> "Copied the " + k.copiedName() + " to the clipboard; the timeline records it with the text"
                        + (detailsEdited ? ", and the details it used are saved." : "."));
    }

    /** Empties the preview (another incident was selected: the text belonged to the one before). */
    void clear() {
        request++;
        kind.set(null);
        template = null;
        setText("");
        edited = false;
        loading.set(false);
        info.set("");
        problem.set(false);
    }

    public ReadOnlyObjectProperty<TemplateKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The length ("212 / 280" for a tweet) or why the template could not be used. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** True when the text is too long for its channel or the template is broken. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
