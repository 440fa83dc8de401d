package io.liveops.console.incident.core;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One incident as stored. {@code id} is null before the first save; {@code version} is the row
 * version the optimistic lock compares. Immutable: changes go through {@link IncidentService}.
 */
public record Incident(Long id, long version, String title, Severity severity, Status status, String feature,
                       String description, String userIssue, String eta, String whatHappened, String whatWeDid,
                       Instant declaredAt, Instant acknowledgedAt, Instant resolvedAt, Instant lastUpdateAt,
                       List<Runbook> runbooks, Set<Runbook> runbooksDone, String postMortem) {

    public Incident {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(declaredAt, "declaredAt");
        feature = feature == null ? "" : feature;
        description = description == null ? "" : description;
        userIssue = userIssue == null ? "" : userIssue;
        eta = eta == null ? "" : eta;
        whatHappened = whatHappened == null ? "" : whatHappened;
        whatWeDid = whatWeDid == null ? "" : whatWeDid;
        runbooks = List.copyOf(runbooks);
        runbooksDone = runbooksDone.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(runbooksDone));
    }

    /** A freshly declared incident, not yet stored. */
    public static Incident declared(String title, Severity severity, String feature, String description, String userIssue, Instant at) {
        return new Incident(null, 0, title, severity, Status.INVESTIGATING, feature, description, userIssue, "", "", "",
                at, null, null, null, List.of(), Set.of(), null);
    }

    public boolean resolved() {
        return status == Status.RESOLVED;
    }

    /** Open and not yet acknowledged: what the Acknowledge button is for. */
    public boolean awaitsAcknowledgement() {
        return acknowledgedAt == null && !resolved();
    }

    /** "#12" once stored. */
    public String label() {
        return id == null ? "new" : "#" + id;
    }

    Incident withVersion(long v) {
        return new Incident(id, v, title, severity, status, feature, description, userIssue, eta, whatHappened, whatWeDid,
                declaredAt, acknowledgedAt, resolvedAt, lastUpdateAt, runbooks, runbooksDone, postMortem);
    }

    Incident withId(long newId, long v) {
        return new Incident(newId, v, title, severity, status, feature, description, userIssue, eta, whatHappened, whatWeDid,
                declaredAt, acknowledgedAt, resolvedAt, lastUpdateAt, runbooks, runbooksDone, postMortem);
    }

    public Incident withStatus(Status s, Instant ack, Instant resolved) {
        return new Incident(id, version, title, severity, s, feature, description, userIssue, eta, whatHappened, whatWeDid,
                declaredAt, ack, resolved, lastUpdateAt, runbooks, runbooksDone, postMortem);
    }

    public Incident withSeverity(Severity s) {
        return new Incident(id, version, title, s, status, feature, description, userIssue, eta, whatHappened, whatWeDid,
                declaredAt, acknowledgedAt, resolvedAt, lastUpdateAt, runbooks, runbooksDone, postMortem);
    }

    public Incident withAcknowledgedAt(Instant ack) {
        return new Incident(id, version, title, severity, status, feature, description, userIssue, eta, whatHappened, whatWeDid,
                declaredAt, ack, resolvedAt, lastUpdateAt, runbooks, runbooksDone, postMortem);
    }

    public Incident withLastUpdateAt(Instant at) {
        return new Incident(id, version, title, severity, status, feature, description, userIssue, eta, whatHappened, whatWeDid,
                declaredAt, acknowledgedAt, resolvedAt, at, runbooks, runbooksDone, postMortem);
    }

    /** The words the announcements and the post-mortem draw on. */
    public AnnouncementDetails details() {
        return new AnnouncementDetails(userIssue, eta, whatHappened, whatWeDid);
    }

    /** The free-text fields the templates and the post-mortem draw on. */
    public Incident withDetails(AnnouncementDetails d) {
        return new Incident(id, version, title, severity, status, feature, description, d.issue(), d.eta(), d.whatHappened(), d.whatWeDid(),
                declaredAt, acknowledgedAt, resolvedAt, lastUpdateAt, runbooks, runbooksDone, postMortem);
    }

    public Incident withRunbooks(List<Runbook> linked, Set<Runbook> done) {
        return new Incident(id, version, title, severity, status, feature, description, userIssue, eta, whatHappened, whatWeDid,
                declaredAt, acknowledgedAt, resolvedAt, lastUpdateAt, linked, done, postMortem);
    }

    public Incident withPostMortem(String markdown) {
        return new Incident(id, version, title, severity, status, feature, description, userIssue, eta, whatHappened, whatWeDid,
                declaredAt, acknowledgedAt, resolvedAt, lastUpdateAt, runbooks, runbooksDone, markdown);
    }
}
