package io.liveops.console.incident.core;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertLevel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The incident operations the board offers, as plain Java: each one stamps the time from the
 * injected clock, writes the incident and its timeline entry in one transaction, and returns the
 * saved incident (so callers only report "saved" after the commit). Runs on the background executor.
 */
public final class IncidentService {

    public static final String ALERT_SOURCE = "incidents";
    private static final java.util.regex.Pattern ALERT_KEY = java.util.regex.Pattern.compile("incident-(\\d+)-.*");

    /** The incident an alert of {@link #ALERT_SOURCE} is about ("incident-42-ack" → 42), if the key is one of ours. */
    public static java.util.OptionalLong incidentIdOf(String alertKey) {
        java.util.regex.Matcher m = alertKey == null ? null : ALERT_KEY.matcher(alertKey);
        return m != null && m.matches() ? java.util.OptionalLong.of(Long.parseLong(m.group(1))) : java.util.OptionalLong.empty();
    }

    private final IncidentRepository repository;
    private final Clock clock;
    private volatile SeverityPolicy policy;
    private final AlertCenter alerts;

    /** @param alerts where SLA breaches and due updates are raised; null to raise nothing */
    public IncidentService(IncidentRepository repository, Clock clock, SeverityPolicy policy, AlertCenter alerts) {
        this.repository = Objects.requireNonNull(repository);
        this.clock = Objects.requireNonNull(clock);
        this.policy = Objects.requireNonNull(policy);
        this.alerts = alerts;
    }

    public SeverityPolicy policy() {
        return policy;
    }

    /** Switches the policy (preset change); the timers follow from the next check. */
    public void usePolicy(SeverityPolicy p) {
        this.policy = Objects.requireNonNull(p);
    }

    public Incident declare(String title, Severity severity, String feature, String description) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new IncidentValidationException("Give the incident a title: one line that says what is broken.");
        }
        if (t.length() > 500) {
            throw new IncidentValidationException("The title is " + t.length() + " characters; keep it under 500 (details go in the description).");
        }
        if (severity == null) {
            throw new IncidentValidationException("Pick a severity, P0 to P3.");
        }
        Instant now = clock.instant();
        Incident incident = Incident.declared(t, severity, feature == null ? "" : feature.strip(), description == null ? "" : description.strip(), now);
        return repository.create(incident, List.of(TimelineEntry.of(now, TimelineEntry.Kind.DECLARED,
                severity + ": " + t)));
    }

    /** Moves the incident to a column; leaving Investigating acknowledges it, Resolved stamps the resolution. */
    public Incident move(Incident i, Status to) {
        if (i.status() == to) {
            return i;
        }
        Instant now = clock.instant();
        List<TimelineEntry> entries = new ArrayList<>();
        Instant ack = i.acknowledgedAt();
        if (ack == null) {
            ack = now;
            entries.add(TimelineEntry.of(now, TimelineEntry.Kind.ACKNOWLEDGED, "Acknowledged"));
        }
        Instant resolved = to == Status.RESOLVED ? now : null;
        entries.add(TimelineEntry.of(now, TimelineEntry.Kind.STATUS, i.status().label() + " → " + to.label()));
        return repository.update(i.withStatus(to, ack, resolved), entries);
    }

    public Incident acknowledge(Incident i) {
        if (i.acknowledgedAt() != null) {
            return i;
        }
        Instant now = clock.instant();
        return repository.update(i.withAcknowledgedAt(now), List.of(TimelineEntry.of(now, TimelineEntry.Kind.ACKNOWLEDGED, "Acknowledged")));
    }

    public Incident changeSeverity(Incident i, Severity to) {
        if (i.severity() == to) {
            return i;
        }
        Instant now = clock.instant();
        return repository.update(i.withSeverity(to), List.of(TimelineEntry.of(now, TimelineEntry.Kind.SEVERITY, i.severity() + " → " + to)));
    }

    /** Records a posted user update; it restarts the update cadence. */
    public Incident postUpdate(Incident i, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IncidentValidationException("Write what the update said before posting it.");
        }
        Instant now = clock.instant();
        Incident changed = i.withLastUpdateAt(now);
        if (changed.acknowledgedAt() == null) {
            changed = changed.withAcknowledgedAt(now);
        }
        return repository.update(changed, List.of(TimelineEntry.of(now, TimelineEntry.Kind.UPDATE, t)));
    }

    public void addNote(Incident i, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IncidentValidationException("The note is empty.");
        }
        repository.appendNote(i.id(), TimelineEntry.of(clock.instant(), TimelineEntry.Kind.NOTE, t));
    }

    /**
     * Records that a template was copied for sending. A user-facing notice (Discord, Twitter, status
     * page, resolution) counts as a posted update and restarts the cadence; the internal escalation does not.
     */
    public Incident recordSent(Incident i, TemplateKind kind, String text) {
        Instant now = clock.instant();
        Incident changed = kind == TemplateKind.ESCALATION ? i : i.withLastUpdateAt(now);
        return repository.update(changed, List.of(TimelineEntry.of(now, TimelineEntry.Kind.SENT, kind.label() + ": " + text)));
    }

    public Incident saveDetails(Incident i, String eta, String whatHappened, String whatWeDid) {
        return repository.update(i.withDetails(eta, whatHappened, whatWeDid), List.of());
    }

    public Incident savePostMortem(Incident i, String markdown) {
        Instant now = clock.instant();
        boolean first = i.postMortem() == null;
        return repository.update(i.withPostMortem(markdown),
                first ? List.of(TimelineEntry.of(now, TimelineEntry.Kind.POST_MORTEM, "Post-mortem written")) : List.of());
    }

    /** Links or unlinks a runbook procedure, and ticks it done or not. */
    public Incident setRunbook(Incident i, Runbook runbook, boolean linked, boolean done) {
        List<Runbook> l = new ArrayList<>(i.runbooks());
        Set<Runbook> d = i.runbooksDone().isEmpty() ? EnumSet.noneOf(Runbook.class) : EnumSet.copyOf(i.runbooksDone());
        if (linked && !l.contains(runbook)) {
            l.add(runbook);
        } else if (!linked) {
            l.remove(runbook);
        }
        boolean wasDone = d.contains(runbook);
        if (done && linked) {
            d.add(runbook);
        } else {
            d.remove(runbook);
        }
        String text = !linked ? "Unlinked " + runbook.label()
                : done && !wasDone ? runbook.label() + " done"
                : !done && wasDone ? runbook.label() + " not done"
                : "Linked " + runbook.label();
        return repository.update(i.withRunbooks(l, d), List.of(TimelineEntry.of(clock.instant(), TimelineEntry.Kind.RUNBOOK, text)));
    }

    public PostMortemDraft postMortemDraft(Incident i, java.time.ZoneId zone) {
        if (i.postMortem() != null) {
            return new PostMortemDraft(i.postMortem(), true);
        }
        return new PostMortemDraft(PostMortem.draft(i, repository.timeline(i.id()), zone), false);
    }

    /** The Markdown to edit and whether it is the saved one (false: a fresh draft). */
    public record PostMortemDraft(String markdown, boolean saved) {}

    public List<Incident> all() {
        return repository.all();
    }

    public Incident reload(Incident i) {
        return repository.find(i.id()).orElseThrow(() -> new IncidentValidationException("Incident " + i.label() + " no longer exists."));
    }

    public List<TimelineEntry> timeline(Incident i) {
        return repository.timeline(i.id());
    }

    public String fingerprint() {
        return repository.fingerprint();
    }

    /**
     * Raises an alert for every breached target and every due update of the open incidents. Keys
     * carry the deadline, so one breach raises once (the alert center de-duplicates repeats), and
     * each new due update raises again.
     *
     * @return how many alerts were raised now
     */
    public int checkTimers(List<Incident> incidents) {
        if (alerts == null) {
            return 0;
        }
        Instant now = clock.instant();
        int raised = 0;
        for (Incident i : incidents) {
            if (i.resolved() || i.id() == null) {
                continue;
            }
            SeverityPolicy.Rule rule = policy.rule(i.severity());
            SlaClock.Sla sla = SlaClock.of(i, rule, now);
            String who = rule.escalation().isEmpty() ? "" : " Escalate to " + String.join(", ", rule.escalation()) + ".";
            if (sla.respondBreached() && i.acknowledgedAt() == null) {
                raised += raise(i, "respond", AlertLevel.CRITICAL, i.severity() + " " + i.label() + " not acknowledged in time: " + i.title(),
                        "The response target was " + PostMortem.minutes(rule.respondWithin()) + "." + who);
            }
            if (sla.resolveBreached()) {
                raised += raise(i, "resolve", AlertLevel.CRITICAL, i.severity() + " " + i.label() + " resolution target missed: " + i.title(),
                        "The resolution target was " + PostMortem.minutes(rule.resolveWithin()) + "." + who);
            }
            if (sla.updateDue()) {
                raised += raise(i, "update-" + sla.nextUpdateAt().toEpochMilli(), AlertLevel.WARNING,
                        "Update due for " + i.label() + ": " + i.title(), "Post an update to users (the policy promises one every " + PostMortem.minutes(rule.updateEvery()) + ").");
            }
        }
        return raised;
    }

    private int raise(Incident i, String what, AlertLevel level, String title, String detail) {
        return alerts.raise(ALERT_SOURCE, "incident-" + i.id() + "-" + what, level, title, detail).isPresent() ? 1 : 0;
    }
}
