package io.liveops.console.incident.ui;

import io.liveops.console.shared.DisplayFormats;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.incident.core.AnnouncementDetails;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.IssuePhrase;
import io.liveops.console.incident.core.Runbook;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.TimelineEntry;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected incident: its announcement details (issue, ETA, what happened, what we did), timeline
 * and notes, acknowledgement, severity and runbooks. A detail the director is editing is never
 * overwritten when another console changes the incident; the others follow the stored values.
 */
final class IncidentDetailViewModel {

    private static final DateTimeFormatter TIME = DisplayFormats.DATE_TIME;

    private final IncidentBoardViewModel board;
    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canAcknowledge = new ReadOnlyBooleanWrapper();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObjectProperty<TimelineEntry> selectedEntry = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper entryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper suggestedIssue = new ReadOnlyStringWrapper("");
    private final StringProperty noteText = new SimpleStringProperty("");
    private final StringProperty issue = new SimpleStringProperty("");
    private final StringProperty eta = new SimpleStringProperty("");
    private final StringProperty whatHappened = new SimpleStringProperty("");
    private final StringProperty whatWeDid = new SimpleStringProperty("");
    private final BooleanBinding detailsEdited;
    /** The stored details the fields were last filled from: a field that differs is being edited. */
    private final ObjectProperty<AnnouncementDetails> shown = new SimpleObjectProperty<>(AnnouncementDetails.EMPTY);

    IncidentDetailViewModel(IncidentBoardViewModel board) {
        this.board = board;
        detailsEdited = Bindings.createBooleanBinding(() -> !details().equals(shown.get()), issue, eta, whatHappened, whatWeDid, shown);
        selectedEntry.addListener((o, was, now) -> entryText.set(now != null && now.hasDetail() ? now.detail() : ""));
    }

    /** Shows another incident (or none): every field from the stored incident. */
    void show(Incident i) {
        incident.set(i);
        noteText.set("");
        timeline.clear();
        shown.set(i == null ? AnnouncementDetails.EMPTY : i.details());
        AnnouncementDetails d = shown.get();
        issue.set(d.issue());
        eta.set(d.eta());
        whatHappened.set(d.whatHappened());
        whatWeDid.set(d.whatWeDid());
        canAcknowledge.set(i != null && i.awaitsAcknowledgement());
        suggestedIssue.set(i == null ? "" : IssuePhrase.suggest(i.title(), i.feature()));
        if (i != null) {
            loadTimeline(i);
        }
    }

    /** The same incident saved again (here or by another console): fields not being edited follow it. */
    void refresh(Incident i) {
        AnnouncementDetails was = shown.get();
        AnnouncementDetails now = i.details();
        follow(issue, was.issue(), now.issue());
        follow(eta, was.eta(), now.eta());
        follow(whatHappened, was.whatHappened(), now.whatHappened());
        follow(whatWeDid, was.whatWeDid(), now.whatWeDid());
        shown.set(now);
        incident.set(i);
        canAcknowledge.set(i.awaitsAcknowledgement());
        suggestedIssue.set(IssuePhrase.suggest(i.title(), i.feature()));
        loadTimeline(i);
    }

    private static void follow(StringProperty field, String was, String now) {
        if (was.equals(field.get() == null ? "" : field.get().strip())) {
            field.set(now);
        }
    }

    private void loadTimeline(Incident i) {
        board.executor().execute(BackgroundTask.of("Reading the timeline", (p, c) -> board.service().timeline(i))
                .onSuccess(entries -> {
                    if (incident.get() != null && incident.get().id().equals(i.id())) {
                        setTimeline(entries);
                    }
                })
                .onFailure(e -> board.say(e.getMessage())));
    }

    private void setTimeline(List<TimelineEntry> entries) {
        Long keep = selectedEntry.get() == null ? null : selectedEntry.get().id();
        timeline.setAll(entries);
        selectedEntry.set(entries.stream().filter(e -> e.id() != null && e.id().equals(keep)).findFirst().orElse(null));
    }

    /** The details as on screen (the templates fill from these, saved or not). */
    public AnnouncementDetails details() {
        return new AnnouncementDetails(issue.get(), eta.get(), whatHappened.get(), whatWeDid.get());
    }

    /** What a template preview depends on besides the incident. */
    Observable[] detailFields() {
        return new Observable[] {issue, eta, whatHappened, whatWeDid};
    }

    public void acknowledge() {
        board.changeSelected("acknowledge", "Acknowledging", "the acknowledgement", (id, i) -> board.service().acknowledge(id, i),
                s -> "Incident " + s.label() + " acknowledged.");
    }

    public void changeSeverity(Severity to) {
        board.changeSelected("severity " + to, "Changing severity", "the severity change", (id, i) -> board.service().changeSeverity(id, i, to),
                s -> "Incident " + s.label() + " is now " + to + ".");
    }

    public void postUpdate() {
        String text = noteText.get();
        board.changeSelected("status post " + text, "Posting an update", "your update", (id, i) -> board.service().postUpdate(id, i, text), s -> {
            noteText.set("");
            return "Update recorded; the next one is due in 30 minutes for P0/P1.";
        });
    }

    public void addNote() {
        String text = noteText.get();
        if (text == null || text.isBlank()) {
            board.say("The note is empty.");
            return;
        }
        board.changeSelected("note " + text, "Adding a note", "your note", (id, i) -> board.service().addNote(id, i, text), s -> {
            noteText.set("");
            return "Note added.";
        });
    }

    public void saveDetails() {
        AnnouncementDetails d = details();
        board.changeSelected("details " + d, "Saving details", "the details", (id, i) -> board.service().saveDetails(id, i, d),
                s -> "Details saved.");
    }

    public void setRunbook(Runbook r, boolean linked, boolean done) {
        board.changeSelected("runbook " + r + linked + done, "Updating runbooks", "the runbook change",
                (id, i) -> board.service().setRunbook(id, i, r, linked, done), s -> "Runbooks saved.");
    }

    /** A timeline line for lists: the time and the entry said once ("11-23 09:00  Acknowledged"). */
    public String describe(TimelineEntry e) {
        return TIME.withZone(board.zone()).format(e.at()) + "  " + e.headline();
    }

    public ReadOnlyObjectProperty<Incident> incidentProperty() {
        return incident.getReadOnlyProperty();
    }

    /** False on acknowledged and resolved incidents. */
    public ReadOnlyBooleanProperty canAcknowledgeProperty() {
        return canAcknowledge.getReadOnlyProperty();
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public ObjectProperty<TimelineEntry> selectedEntryProperty() {
        return selectedEntry;
    }

    /** The text behind the selected timeline entry (a copied announcement); empty for the others. */
    public ReadOnlyStringProperty entryTextProperty() {
        return entryText.getReadOnlyProperty();
    }

    public StringProperty noteTextProperty() {
        return noteText;
    }

    public StringProperty issueProperty() {
        return issue;
    }

    public StringProperty etaProperty() {
        return eta;
    }

    public StringProperty whatHappenedProperty() {
        return whatHappened;
    }

    public StringProperty whatWeDidProperty() {
        return whatWeDid;
    }

    /** True while a detail on screen differs from the stored one. */
    public BooleanBinding detailsEditedProperty() {
        return detailsEdited;
    }

    /** What the templates use while the issue field is empty (suggested from the title). */
    public ReadOnlyStringProperty suggestedIssueProperty() {
        return suggestedIssue.getReadOnlyProperty();
    }
}
