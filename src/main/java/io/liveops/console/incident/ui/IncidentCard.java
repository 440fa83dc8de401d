package io.liveops.console.incident.ui;

import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.SlaClock;

import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One card on the board: the stored incident and the texts its countdowns show, recomputed every
 * second by {@link IncidentBoardViewModel} (the card itself stays, so a drag or focus survives a tick).
 */
final class IncidentCard {

    private final ObjectProperty<Incident> incident = new SimpleObjectProperty<>();
    private final StringProperty age = new SimpleStringProperty("");
    private final StringProperty escalation = new SimpleStringProperty("");
    private final StringProperty respond = new SimpleStringProperty("");
    private final StringProperty resolve = new SimpleStringProperty("");
    private final StringProperty update = new SimpleStringProperty("");
    private final StringProperty runbooks = new SimpleStringProperty("");
    private final BooleanProperty breached = new SimpleBooleanProperty();
    private final BooleanProperty updateDue = new SimpleBooleanProperty();

    IncidentCard(Incident i) {
        incident.set(i);
    }

    void refresh(Incident i, SeverityPolicy policy, Instant now) {
        incident.set(i);
        SeverityPolicy.Rule rule = policy.rule(i.severity());
        SlaClock.Sla sla = SlaClock.of(i, rule, now);
        Instant end = i.resolvedAt() == null ? now : i.resolvedAt();
        age.set((i.resolved() ? "Lasted " : "Open for ") + SlaClock.age(Duration.between(i.declaredAt(), end)));
        escalation.set(rule.escalation().isEmpty() ? "" : "Escalate: " + String.join(", ", rule.escalation()));
        respond.set(sla.respondLeft().map(d -> d.isPositive() ? "Acknowledge within " + SlaClock.countdown(d)
                : "Acknowledgement overdue by " + SlaClock.countdown(d.negated())).orElse(sla.respondBreached() ? "Acknowledged late" : "Acknowledged"));
        resolve.set(sla.resolveLeft().map(d -> d.isPositive() ? "Resolve within " + SlaClock.countdown(d)
                : "Resolution overdue by " + SlaClock.countdown(d.negated())).orElse(sla.resolveBreached() ? "Resolved late" : ""));
        update.set(sla.nextUpdateIn().map(d -> d.isPositive() ? "Next update due in " + SlaClock.countdown(d)
                : "Update overdue by " + SlaClock.countdown(d.negated())).orElse(""));
        long done = i.runbooks().stream().filter(i.runbooksDone()::contains).count();
        runbooks.set(i.runbooks().isEmpty() ? "" : "Runbooks " + done + "/" + i.runbooks().size());
        breached.set(!i.resolved() && sla.breached());
        updateDue.set(sla.updateDue());
    }

    public Incident incident() {
        return incident.get();
    }

    public ReadOnlyObjectProperty<Incident> incidentProperty() {
        return incident;
    }

    public ReadOnlyStringProperty ageProperty() {
        return age;
    }

    public ReadOnlyStringProperty escalationProperty() {
        return escalation;
    }

    public ReadOnlyStringProperty respondProperty() {
        return respond;
    }

    public ReadOnlyStringProperty resolveProperty() {
        return resolve;
    }

    public ReadOnlyStringProperty updateProperty() {
        return update;
    }

    public ReadOnlyStringProperty runbooksProperty() {
        return runbooks;
    }

    public ReadOnlyBooleanProperty breachedProperty() {
        return breached;
    }

    public ReadOnlyBooleanProperty updateDueProperty() {
        return updateDue;
    }
}
