package io.liveops.console.calendar.core;

import io.liveops.console.shared.ImportFile;

import io.liveops.console.background.Cancellation;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Export of a range of days (stored items and generated slots) as .ics or CSV, and import of an .ics
 * file as one-off items. An event whose UID the calendar already has (an item exported from here, a
 * slot a rule makes, an event imported before) is not imported twice.
 */
public final class CalendarExchange {

    /** What an import did, in words for the user. */
    public record ImportResult(int added, int alreadyThere, List<String> notes) {}

    private final CalendarService service;
    private final CalendarRepository repository;
    private final ICalendarCodec codec = new ICalendarCodec();
    private final Clock clock;

    public CalendarExchange(CalendarService service, CalendarRepository repository, Clock clock) {
        this.service = service;
        this.repository = repository;
        this.clock = clock;
    }

    public List<CalendarItem> items(LocalDate from, LocalDate to, Cancellation cancel) {
        return service.load(from, to, cancel).entries().stream().map(CalendarService.Entry::item).toList();
    }

    public String ics(LocalDate from, LocalDate to, Cancellation cancel) {
        return codec.export(items(from, to, cancel), clock.instant());
    }

    public String csv(LocalDate from, LocalDate to, Cancellation cancel) {
        return ItemCsv.write(items(from, to, cancel));
    }

    /** @param defaultChannel the channel of events that do not name one */
    public ImportResult importIcs(ImportFile file, Channel defaultChannel) {
        String text = file.readString();
        ICalendarCodec.Imported read = codec.read(file.name(), text, service.zone(), defaultChannel);
        Set<String> known = new HashSet<>();
        for (CalendarItem i : repository.all()) {
            known.add(ICalendarCodec.uidOf(i));
        }
        int added = 0;
        int already = 0;
        List<String> notes = new ArrayList<>(read.notes());
        for (CalendarItem item : read.items()) {
            String uid = item.icalUid();
            boolean fromOurRules = uid != null && uid.endsWith(ICalendarCodec.UID_DOMAIN) && uid.contains("@")
                    && !uid.startsWith("item-") && service.rules().current().rule(uid.substring(0, uid.indexOf('@'))).isPresent();
            if (uid != null && (known.contains(uid) || fromOurRules)) {
                already++;
                continue;
            }
            repository.create(item, List.of(new HistoryEntry(clock.instant(), HistoryEntry.Kind.IMPORTED, "Imported from " + file.name())));
            if (uid != null) {
                known.add(uid);
            }
            added++;
        }
        return new ImportResult(added, already, notes);
    }
}
