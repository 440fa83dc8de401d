package io.liveops.console.calendar.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of content on the calendar: stored (an {@code id}) or a slot a cadence rule generated
 * (no id yet). Times are wall-clock times in the item's own zone, because "Wednesday 20:00 KST"
 * stays 20:00 in Seoul whatever the viewer's zone and its DST do.
 *
 * @param ruleId  the rule that generated it, or null for a one-off item
 * @param slotDay the rule occurrence it stands for (in the rule's zone); with {@code ruleId} it names the slot
 * @param icalUid the UID of the event it was imported from, or null
 * @param end     null when the item is a moment rather than a span
 * @param template the template file id its body was started from, or null
 */
public record CalendarItem(Long id, long version, String ruleId, LocalDate slotDay, String icalUid, String title, Channel channel,
                           LocalDateTime start, LocalDateTime end, ZoneId zone, ItemStatus status, String owner, String body,
                           String notes, String link, String template) {

    public static final int MAX_TITLE = 200;

    public CalendarItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
        owner = owner == null ? "" : owner;
        body = body == null ? "" : body;
        notes = notes == null ? "" : notes;
        link = link == null ? "" : link;
        template = template == null || template.isBlank() ? null : template;
        if ((ruleId == null) != (slotDay == null)) {
            throw new IllegalArgumentException("ruleId and slotDay go together");
        }
    }

    /** A new one-off item, not yet stored. */
    public static CalendarItem draft(String title, Channel channel, LocalDateTime start, ZoneId zone) {
        return new CalendarItem(null, 0, null, null, null, title, channel, start, null, zone, ItemStatus.IDEA, "", "", "", "", null);
    }

    public boolean stored() {
        return id != null;
    }

    public boolean generated() {
        return id == null && ruleId != null;
    }

    public Instant startInstant() {
        return start.atZone(zone).toInstant();
    }

    public Optional<Instant> endInstant() {
        return end == null ? Optional.empty() : Optional.of(end.atZone(zone).toInstant());
    }

    /**
     * The stable name of the item: {@code rule@day} for anything a rule made (so it keeps its name when
     * a generated slot becomes stored), {@code item-<id>} for one-off items. Alerts, .ics UIDs and
     * selection use it.
     */
    public String key() {
        if (ruleId != null) {
            return ruleId + "@" + slotDay;
        }
        return id == null ? "new" : "item-" + id;
    }

    public CalendarItem withId(long newId, long newVersion) {
        return new CalendarItem(newId, newVersion, ruleId, slotDay, icalUid, title, channel, start, end, zone, status, owner, body, notes,
                link, template);
    }

    public CalendarItem withVersion(long newVersion) {
        return withId(id, newVersion);
    }

    public CalendarItem withStatus(ItemStatus s) {
        return new CalendarItem(id, version, ruleId, slotDay, icalUid, title, channel, start, end, zone, s, owner, body, notes, link, template);
    }

    /** The same item shifted by whole days, keeping its time of day in its own zone. */
    public CalendarItem movedByDays(long days) {
        return new CalendarItem(id, version, ruleId, slotDay, icalUid, title, channel, start.plusDays(days), end == null ? null : end.plusDays(days),
                zone, status, owner, body, notes, link, template);
    }

    public CalendarItem withBody(String newBody) {
        return new CalendarItem(id, version, ruleId, slotDay, icalUid, title, channel, start, end, zone, status, owner, newBody, notes, link,
                template);
    }

    public CalendarItem withIcalUid(String uid) {
        return new CalendarItem(id, version, ruleId, slotDay, uid, title, channel, start, end, zone, status, owner, body, notes, link, template);
    }

    public CalendarItem withTemplate(String templateId) {
        return new CalendarItem(id, version, ruleId, slotDay, icalUid, title, channel, start, end, zone, status, owner, body, notes, link, templateId);
    }
}
