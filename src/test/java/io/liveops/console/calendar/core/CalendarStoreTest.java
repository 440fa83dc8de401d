package io.liveops.console.calendar.core;

import org.junit.jupiter.api.Tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.background.Cancellation;
import io.liveops.console.incident.core.ConcurrentEditException;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.testkit.StateBackend;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Items in the state store on SQLite and PostgreSQL (team mode): slots made real, moves with history, optimistic locking. */
@Tag("postgres")
class CalendarStoreTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-30T01:00:00Z");

    private CalendarService service(StateStore store) {
        return new CalendarService(new CalendarRepository(store, clock), new RuleSetStore(null), new CalendarTexts(null),
                new CalendarWarehouse(Duration.ofSeconds(5)), Optional::empty, List::of, null, clock, SEOUL);
    }

    @ParameterizedTest
    @EnumSource(StateBackend.class)
    void aMovedSlotIsStoredWithItsHistoryAndTheRulesOtherSlotsStayGenerated(StateBackend backend) {
        String location = backend.freshLocation(dir);
        try (StateStore store = backend.open(location, clock)) {
            CalendarService s = service(store);
            CalendarService.Range week = s.load(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6), Cancellation.none());
            CalendarItem ama = week.entries().stream().map(CalendarService.Entry::item).filter(i -> i.key().equals("weekly-ama@2026-12-02"))
                    .findFirst().orElseThrow();
            assertThat(ama.generated()).isTrue();
            CalendarItem moved = s.move(ama, 1);
            assertThat(moved.stored()).isTrue();
            assertThat(moved.start()).isEqualTo(LocalDateTime.of(2026, 12, 3, 20, 0));
            assertThat(moved.key()).isEqualTo("weekly-ama@2026-12-02");
            assertThat(s.history(moved)).extracting(HistoryEntry::kind).containsExactly(HistoryEntry.Kind.CREATED, HistoryEntry.Kind.MOVED);
            assertThat(s.history(moved).get(1).text()).isEqualTo("Moved from Wed 2 Dec 2026 20:00 KST to Thu 3 Dec 2026 20:00 KST");
        }
        try (StateStore store = backend.open(location, clock)) {
            CalendarService s = service(store);
            List<CalendarItem> items = s.load(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 13), Cancellation.none()).entries().stream()
                    .map(CalendarService.Entry::item).filter(i -> "weekly-ama".equals(i.ruleId())).toList();
            // the moved slot appears once, on Thursday, stored; next week's AMA is still generated
            assertThat(items).extracting(i -> i.start().toLocalDate(), CalendarItem::stored).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 3), true),
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 9), false));
        }
    }

    @ParameterizedTest
    @EnumSource(StateBackend.class)
    void twoConsolesEditingOneItemNeverOverwriteEachOther(StateBackend backend) {
        String location = backend.freshLocation(dir);
        try (StateStore mine = backend.open(location, clock); StateStore theirs = backend.open(location, clock)) {
            CalendarService me = service(mine);
            CalendarService them = service(theirs);
            CalendarItem item = me.save(CalendarItem.draft("Season 2 teaser", Channel.YOUTUBE, LocalDateTime.of(2026, 12, 5, 18, 0), SEOUL), null);
            CalendarItem theirCopy = them.reload(item).orElseThrow();
            me.setStatus(item, ItemStatus.SCHEDULED);
            assertThatThrownBy(() -> them.move(theirCopy, 2)).isInstanceOf(ConcurrentEditException.class)
                    .hasMessageContaining("changed by someone else");
            CalendarItem stored = them.reload(theirCopy).orElseThrow();
            assertThat(stored.status()).isEqualTo(ItemStatus.SCHEDULED);
            assertThat(stored.start()).isEqualTo(LocalDateTime.of(2026, 12, 5, 18, 0));
            assertThat(stored.version()).isEqualTo(2);
            assertThat(me.fingerprint()).isEqualTo(them.fingerprint());
            // the same generated slot made real by both: the second is refused, not duplicated
            CalendarItem slot = CadenceExpander.slot(new RuleSetStore(null).defaults().rule("blog-post").orElseThrow(), LocalDate.of(2026, 12, 1));
            me.setStatus(slot, ItemStatus.DRAFT);
            assertThatThrownBy(() -> them.setStatus(slot, ItemStatus.IDEA)).isInstanceOf(ConcurrentEditException.class);
        }
    }
}
