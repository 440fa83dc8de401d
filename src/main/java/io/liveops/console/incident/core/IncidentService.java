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

    /** One line that says what is broken: at most this many characters, details go in the description. */
    public static final int TITLE_LIMIT = 120;
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

    /**
     * Declares an incident.
     *
     * @param userIssue the issue as users would say it ("problems with guild chat"); blank: suggested from the title when filling templates
     */
    public Incident declare(ActionId action, String title, Severity severity, String feature, String description, String userIssue) {
        String t = checkTitle(title);
        String issue = userIssue == null ? "" : userIssue.strip();
        if (issue.length() > IssuePhrase.MAX_LENGTH) {
            throw new IncidentValidationException("The issue as users would say it is " + issue.length() + " characters; keep it to "
                    + IssuePhrase.MAX_LENGTH + ", a phrase like \"problems with guild chat\".");
        }
        if (severity == null) {
            throw new IncidentValidationException("Pick a severity, P0 to P3.");
        }
        Instant now = clock.instant();
        Incident incident = Incident.declared(t, severity, feature == null ? "" : feature.strip(), description == null ? "" : description.strip(),
                issue, now);
        return repository.create(incident, List.of(TimelineEntry.of(now, TimelineEntry.Kind.DECLARED, severity + ": " + t).withAction(action)));
    }

    /** The title as stored, or why it is refused: empty, more than one line, or longer than {@link #TITLE_LIMIT}. */
    public static String checkTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new IncidentValidationException("Give the incident a title: one line that says what is broken.");
        }
        if (t.contains("\n") || t.contains("\r")) {
            throw new IncidentValidationException("The title is one line: put the rest in the description.");
        }
        if (t.length() > TITLE_LIMIT) {
            throw new IncidentValidationException("The title is " + t.length() + " characters; keep it to " + TITLE_LIMIT
                    + " (details go in the description).");
        }
        return t;
    }

    /**
     * Moves the incident to a column; leaving Investigating acknowledges it. Resolving takes a note:
     * use {@link #resolve}.
     */
    public Incident move(ActionId action, Incident i, Status to) {
        if (i.status() == to) {
            return i;
        }
        if (to == Status.RESOLVED) {
            throw new IncidentValidationException("Resolving " + i.label() + " needs a resolution note: use Resolve.");
        }
        Instant now = clock.instant();
        List<TimelineEntry> entries = acknowledgement(i, now);
        entries.add(TimelineEntry.of(now, TimelineEntry.Kind.STATUS, i.status().label() + " → " + to.label()).withAction(action));
        Instant ack = i.acknowledgedAt() == null ? now : i.acknowledgedAt();
        return repository.update(i.withStatus(to, ack, null), entries);
    }

    /**
     * Resolves the incident with a note saying what fixed it. The note goes into the timeline, and into
     * "what we did" (the resolution notice and the post-mortem) when that is still empty.
     */
    public Incident resolve(ActionId action, Incident i, String note) {
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) {
            throw new IncidentValidationException("Write the resolution note: what fixed it (it goes into the timeline and the post-mortem).");
        }
        if (i.resolved()) {
            return i;
        }
        Instant now = clock.instant();
        List<TimelineEntry> entries = acknowledgement(i, now);
        entries.add(TimelineEntry.of(now, TimelineEntry.Kind.STATUS, i.status().label() + " → " + Status.RESOLVED.label()));
        entries.add(TimelineEntry.of(now, TimelineEntry.Kind.RESOLVED, n).withAction(action));
        Instant ack = i.acknowledgedAt() == null ? now : i.acknowledgedAt();
        Incident resolved = i.withStatus(Status.RESOLVED, ack, now);
        if (resolved.whatWeDid().isBlank()) {
            AnnouncementDetails d = resolved.details();
            resolved = resolved.withDetails(new AnnouncementDetails(d.issue(), d.eta(), d.whatHappened(), n));
        }
        return repository.update(resolved, entries);
    }

    private static List<TimelineEntry> acknowledgement(Incident i, Instant now) {
        List<TimelineEntry> entries = new ArrayList<>();
        if (i.acknowledgedAt() == null) {
            entries.add(TimelineEntry.of(now, TimelineEntry.Kind.ACKNOWLEDGED, ""));
        }
        return entries;
    }

    /** Acknowledges an open incident; one already acknowledged (or resolved) is left as it is. */
    public Incident acknowledge(ActionId action, Incident i) {
        if (!i.awaitsAcknowledgement()) {
            return i;
        }
        Instant now = clock.instant();
        return repository.update(i.withAcknowledgedAt(now), List.of(TimelineEntry.of(now, TimelineEntry.Kind.ACKNOWLEDGED, "").withAction(action)));
    }

    public Incident changeSeverity(ActionId action, Incident i, Severity to) {
        if (i.severity() == to) {
            return i;
        }
        Instant now = clock.instant();
        return repository.update(i.withSeverity(to),
                List.of(TimelineEntry.of(now, TimelineEntry.Kind.SEVERITY, i.severity() + " → " + to).withAction(action)));
    }

    /** Records a posted user update; it restarts the update cadence. */
    public Incident postUpdate(ActionId action, Incident i, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IncidentValidationException("Write what the update said before posting it.");
        }
        Instant now = clock.instant();
        Incident changed = i.withLastUpdateAt(now);
        if (changed.acknowledgedAt() == null) {
            changed = changed.withAcknowledgedAt(now);
        }
        return repository.update(changed, List.of(TimelineEntry.of(now, TimelineEntry.Kind.UPDATE, t).withAction(action)));
    }

    /** Adds a note (notes never conflict, they only add) and returns the incident as stored now. */
    public Incident addNote(ActionId action, Incident i, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IncidentValidationException("The note is empty.");
        }
        repository.appendNote(i.id(), TimelineEntry.of(clock.instant(), TimelineEntry.Kind.NOTE, t).withAction(action));
        return reload(i);
    }

    /**
     * Records that a template was copied for sending: the timeline says "Copied Discord announcement"
     * and keeps the text behind it. {@code i} carries the details the text was filled from, saved with
     * it. A user-facing notice counts as a posted update and restarts the cadence; the internal
     * escalation does not.
     */
    public Incident recordSent(ActionId action, Incident i, TemplateKind kind, String text) {
        Instant now = clock.instant();
        Incident changed = kind == TemplateKind.ESCALATION ? i : i.withLastUpdateAt(now);
        return repository.update(changed, List.of(TimelineEntry.of(now, TimelineEntry.Kind.SENT, kind.copiedName()).withDetail(text)
                .withAction(action)));
    }

    /** Saves the announcement details; the timeline says which changed. Nothing changed: nothing is written. */
    public Incident saveDetails(ActionId action, Incident i, AnnouncementDetails d) {
        AnnouncementDetails was = i.details();
        List<String> changed = new ArrayList<>();
        if (!was.issue().equals(d.issue())) {
            changed.add(d.issue().isEmpty() ? "issue cleared" : "issue “" + d.issue() + "”");
        }
        if (!was.eta().equals(d.eta())) {
            changed.add(d.eta().isEmpty() ? "ETA cleared" : "ETA “" + d.eta() + "”");
        }
        if (!was.whatHappened().equals(d.whatHappened())) {
            changed.add("what happened");
        }
        if (!was.whatWeDid().equals(d.whatWeDid())) {
            changed.add("what we did");
        }
        if (changed.isEmpty()) {
            return i;
        }
        return repository.update(i.withDetails(d), List.of(TimelineEntry.of(clock.instant(), TimelineEntry.Kind.DETAILS,
                "updated " + String.join(", ", changed)).withAction(action)));
    }

    public Incident savePostMortem(ActionId action, Incident i, String markdown) {
        if (markdown != null && markdown.equals(i.postMortem())) {
            return i;
        }
        Instant now = clock.instant();
        return repository.update(i.withPostMortem(markdown), List.of(TimelineEntry.of(now, TimelineEntry.Kind.POST_MORTEM,
                i.postMortem() == null ? "written" : "edited").withAction(action)));
    }

    /** Links or unlinks a runbook procedure, and ticks it done or not. */
    public Incident setRunbook(ActionId action, Incident i, Runbook runbook, boolean linked, boolean done) {
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
        return repository.update(i.withRunbooks(l, d), List.of(TimelineEntry.of(clock.instant(), TimelineEntry.Kind.RUNBOOK, text)
                .withAction(action)));
    }

    /** The incident whose timeline holds this action, if it was stored (after a failure whose outcome is unknown). */
    public java.util.Optional<Long> incidentOfAction(ActionId action) {
        return repository.incidentOfAction(action);
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
