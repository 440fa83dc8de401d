package io.liveops.console.calendar.core;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertLevel;
import io.liveops.console.background.Cancellation;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.shared.Template;
import io.liveops.console.warehouse.WarehouseSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The calendar's operations as plain Java, run on the background executor: what a range of days
 * holds (stored items, the rules' generated slots, clashes, due and overdue flags), saving, moving and
 * publishing items with a history line each, filling their texts, and the reminders. Times come from
 * the injected clock; days are the viewer's days in {@code zone}.
 */
public final class CalendarService {

    /** The alert source of reminders, and the kind of {@link io.liveops.console.shared.Target} that opens an item. */
    public static final String ALERT_SOURCE = "calendar";
    public static final Duration REMIND_BEFORE = Duration.ofMinutes(30);

    /** One item as a view shows it. */
    public record Entry(CalendarItem item, boolean overdue, boolean dueSoon, List<String> collisions) {
        public String key() {
            return item.key();
        }
    }

    /** What a range of days holds; {@code notes} say which slots could not be (a month without day 31). */
    public record Range(LocalDate from, LocalDate to, List<Entry> entries, List<String> notes, String seasonsFrom) {}

    private final CalendarRepository repository;
    private final RuleSetStore rules;
    private final SeasonSource seasons;
    private final CalendarTexts texts;
    private final CalendarWarehouse warehouse;
    private final Supplier<Optional<WarehouseSession.Connection>> connection;
    private final Supplier<List<Incident>> incidents;
    private final AlertCenter alerts;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param incidents the incidents (open P0/P1 ones clash with content)
     * @param alerts    where reminders go; null to raise none (the command line)
     */
    public CalendarService(CalendarRepository repository, RuleSetStore rules, CalendarTexts texts, CalendarWarehouse warehouse,
                           Supplier<Optional<WarehouseSession.Connection>> connection, Supplier<List<Incident>> incidents,
                           AlertCenter alerts, Clock clock, ZoneId zone) {
        this.repository = Objects.requireNonNull(repository);
        this.rules = Objects.requireNonNull(rules);
        this.texts = Objects.requireNonNull(texts);
        this.warehouse = Objects.requireNonNull(warehouse);
        this.connection = Objects.requireNonNull(connection);
        this.seasons = new SeasonSource(warehouse, connection, rules);
        this.incidents = Objects.requireNonNull(incidents);
        this.alerts = alerts;
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public RuleSetStore rules() {
        return rules;
    }

    public CalendarTexts texts() {
        return texts;
    }

    /** The items of the viewer's days {@code [from, to]}: stored ones, and generated slots no stored item stands for. */
    public Range load(LocalDate from, LocalDate to, Cancellation cancel) {
        SeasonSource.Seasons s = seasons.current(cancel);
        RuleSet set = rules.current();
        CadenceExpander.Expansion expansion = new CadenceExpander(zone).expand(set.rules(), s.seasons(), set.launchDate(), from, to);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<CalendarItem> stored = repository.between(start, end, from.minusDays(2), to.plusDays(2));
        Set<String> taken = new HashSet<>();
        List<CalendarItem> items = new ArrayList<>();
        for (CalendarItem i : stored) {
            taken.add(i.key());
            if (!i.startInstant().isBefore(start) && i.startInstant().isBefore(end)) {
                items.add(i);
            }
        }
        for (CalendarItem slot : expansion.slots()) {
            if (!taken.contains(slot.key())) {
                items.add(slot);
            }
        }
        items.sort(java.util.Comparator.comparing(CalendarItem::startInstant).thenComparing(CalendarItem::key));
        Map<String, List<String>> clashes = Collisions.find(items, incidents.get(), zone);
        Instant now = clock.instant();
        List<Entry> entries = items.stream().map(i -> entry(i, now, zone, clashes)).toList();
        return new Range(from, to, entries, expansion.notes(), s.source());
    }

    /**
     * A stored item past its time and not published is overdue, whatever its day. A generated slot nobody
     * took up is overdue only on its own day: last week's unposted Discord updates are history, not a
     * wall of alarms on the first morning the console runs.
     */
    private static Entry entry(CalendarItem i, Instant now, ZoneId zone, Map<String, List<String>> clashes) {
        return new Entry(i, overdue(i, now, zone), dueSoon(i, now), List.copyOf(clashes.getOrDefault(i.key(), List.of())));
    }

    public static boolean overdue(CalendarItem i, Instant now, ZoneId zone) {
        boolean mattersNow = i.stored() || LocalDate.ofInstant(i.startInstant(), zone).equals(LocalDate.ofInstant(now, zone));
        return !i.status().finished() && mattersNow && !i.startInstant().isAfter(now);
    }

    /** Not published and starting within {@link #REMIND_BEFORE}. */
    public static boolean dueSoon(CalendarItem i, Instant now) {
        return !i.status().finished() && i.startInstant().isAfter(now) && !i.startInstant().isAfter(now.plus(REMIND_BEFORE));
    }

    /** Saves an edited item: a new or generated one is stored (the rule's other slots stay generated). */
    public CalendarItem save(CalendarItem edited, CalendarItem before) {
        check(edited);
        Instant now = clock.instant();
        if (!edited.stored()) {
            String how = edited.ruleId() == null ? "Created" : "Made from the rule '" + edited.ruleId() + "' slot of " + edited.slotDay();
            return repository.create(edited, List.of(new HistoryEntry(now, HistoryEntry.Kind.CREATED, how)));
        }
        List<HistoryEntry> entries = new ArrayList<>();
        String changed = ItemChanges.describe(before, edited);
        if (!changed.isEmpty()) {
            entries.add(new HistoryEntry(now, HistoryEntry.Kind.EDITED, changed));
        }
        return repository.update(edited, entries);
    }

    /** Reschedules by whole days, keeping the time of day in the item's zone; the move goes in the history. */
    public CalendarItem move(CalendarItem item, long days) {
        if (days == 0) {
            return item;
        }
        CalendarItem moved = item.movedByDays(days);
        HistoryEntry entry = new HistoryEntry(clock.instant(), HistoryEntry.Kind.MOVED,
                "Moved from " + ItemChanges.when(item) + " to " + ItemChanges.when(moved));
        if (!item.stored()) {
            return repository.create(moved, List.of(new HistoryEntry(clock.instant(), HistoryEntry.Kind.CREATED,
                    item.ruleId() == null ? "Created" : "Made from the rule '" + item.ruleId() + "' slot of " + item.slotDay()), entry));
        }
        return repository.update(moved, List.of(entry));
    }

    public CalendarItem setStatus(CalendarItem item, ItemStatus status) {
        if (item.status() == status && item.stored()) {
            return item;
        }
        CalendarItem changed = item.withStatus(status);
        HistoryEntry entry = new HistoryEntry(clock.instant(), HistoryEntry.Kind.STATUS, item.status().label() + " → " + status.label());
        return item.stored() ? repository.update(changed, List.of(entry)) : repository.create(changed, List.of(entry));
    }

    /** Records that the filled text was copied; {@code publish} moves a scheduled item to published. */
    public CalendarItem recordCopied(CalendarItem item, String text, boolean publish) {
        Instant now = clock.instant();
        List<HistoryEntry> entries = new ArrayList<>();
        entries.add(new HistoryEntry(now, HistoryEntry.Kind.COPIED, "Copied the text (" + text.length() + " characters)"));
        CalendarItem changed = item;
        if (publish && item.status() != ItemStatus.PUBLISHED) {
            entries.add(new HistoryEntry(now, HistoryEntry.Kind.STATUS, item.status().label() + " → " + ItemStatus.PUBLISHED.label()));
            changed = item.withStatus(ItemStatus.PUBLISHED);
        }
        return item.stored() ? repository.update(changed, entries) : repository.create(changed, entries);
    }

    public void delete(CalendarItem item) {
        repository.delete(item);
    }

    public List<HistoryEntry> history(CalendarItem item) {
        return item.stored() ? repository.history(item.id()) : List.of();
    }

    public Optional<CalendarItem> find(long id) {
        return repository.find(id);
    }

    public Optional<CalendarItem> reload(CalendarItem item) {
        return item.stored() ? repository.find(item.id()) : Optional.of(item);
    }

    /** The item's text filled; the market recap is read from the warehouse (as of the item's day) when the text uses it. */
    public String fill(CalendarItem item, Cancellation cancel) {
        Template t = texts.templateOf(item);
        MarketRecap recap = null;
        if (CalendarTexts.needsWarehouse(t)) {
            WarehouseSession.Connection c = connection.get().orElseThrow(() -> new io.liveops.console.shared.TemplateException(
                    "The market recap is filled from the warehouse, and none is open yet."));
            recap = warehouse.recap(c, item.start().toLocalDate(), cancel);
        }
        return texts.fill(t, item, recap);
    }

    /**
     * Raises a reminder for every unpublished item of today and its neighbours that starts within
     * {@link #REMIND_BEFORE} or is overdue (once: the alert center only raises when the level gets
     * worse, and remembers levels across restarts); a published or skipped one goes quietly back to OK.
     *
     * @return how many reminders were raised now
     */
    public int checkReminders(Cancellation cancel) {
        if (alerts == null) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        int raised = 0;
        DateTimeFormatter local = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(zone);
        for (Entry e : load(today.minusDays(1), today.plusDays(1), cancel).entries()) {
            CalendarItem i = e.item();
            if (e.dueSoon() || e.overdue()) {
                String title = (e.overdue() ? "Overdue: " : "Due at " + local.format(i.startInstant()) + ": ") + i.title() + " (" + i.channel().label() + ")";
                raised += alerts.observe(ALERT_SOURCE, i.key(), AlertLevel.WARNING, title,
                        ItemChanges.when(i) + ", " + i.status().label().toLowerCase(Locale.ROOT) + ", not published yet").size();
            } else if (i.status().finished()) {
                alerts.observe(ALERT_SOURCE, i.key(), AlertLevel.OK, i.title() + " " + i.status().label().toLowerCase(Locale.ROOT), null);
            }
        }
        return raised;
    }

    public String fingerprint() {
        return repository.fingerprint();
    }

    static void check(CalendarItem item) {
        RuleFields.title(item.title());
        if (item.end() != null && !item.end().isAfter(item.start())) {
            throw new IllegalArgumentException("The end (" + item.end() + ") is not after the start (" + item.start() + ").");
        }
    }
}
