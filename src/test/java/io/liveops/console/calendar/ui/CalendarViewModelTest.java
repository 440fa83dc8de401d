package io.liveops.console.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.alert.core.Alert;
import io.liveops.console.calendar.core.CalendarItem;
import io.liveops.console.calendar.core.CalendarService;
import io.liveops.console.calendar.core.Channel;
import io.liveops.console.calendar.core.ItemStatus;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar's ViewModels without a screen: create, move, status, reminders, clashes, refusals. Monday 30 Nov 2026, 10:00 in Seoul. */
class CalendarViewModelTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path dir;

    private CalendarFixture f;
    private CalendarViewModel vm;
    private ItemEditorViewModel editor;

    @BeforeEach
    void start() {
        f = new CalendarFixture(dir, "2026-11-30T01:00:00Z", SEOUL);
        vm = f.vm;
        editor = vm.editor();
        vm.start();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theMonthShowsSixWeeksWithTheRulesSlotsAndTodayMarked() {
        assertThat(vm.titleProperty().get()).isEqualTo("November 2026");
        assertThat(vm.days()).hasSize(42).first().isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(vm.todayProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(vm.entriesOn(LocalDate.of(2026, 11, 30))).extracting(CalendarService.Entry::key)
                .containsExactly("monday-recap@2026-11-30", "discord-market-update@2026-11-30", "challenge-winners@2026-11-30");
        // 09:00 KST is an hour ago and nothing was published: overdue
        assertThat(f.entry("monday-recap@2026-11-30").overdue()).isTrue();
        vm.show(CalendarViewModel.Mode.WEEK);
        assertThat(vm.titleProperty().get()).isEqualTo("Week of 2026-11-30");
        assertThat(vm.days()).hasSize(7);
        vm.show(CalendarViewModel.Mode.AGENDA);
        assertThat(vm.days()).hasSize(28).first().isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void createOnADayThenSaveStoresTheItemWithItsHistory() {
        vm.createOn(LocalDate.of(2026, 12, 4));
        assertThat(editor.openProperty().get()).isTrue();
        assertThat(editor.date.get()).isEqualTo("2026-12-04");
        assertThat(editor.zoneText.get()).isEqualTo("Asia/Seoul");
        editor.title.set("Season 2 teaser");
        editor.channel.set(Channel.YOUTUBE);
        editor.time.set("18:30");
        editor.status.set(ItemStatus.DRAFT);
        editor.save();
        assertThat(editor.messageProperty().get()).isEqualTo("Saved.");
        CalendarService.Entry e = vm.selectedProperty().get();
        assertThat(e.item().title()).isEqualTo("Season 2 teaser");
        assertThat(e.item().stored()).isTrue();
        assertThat(e.item().start()).isEqualTo(LocalDateTime.of(2026, 12, 4, 18, 30));
        assertThat(vm.entriesOn(LocalDate.of(2026, 12, 4))).extracting(CalendarService.Entry::key).contains(e.key());
        assertThat(editor.history()).singleElement().asString().endsWith("Created");
    }

    @Test
    void badInputIsRefusedNextToEachFieldAndNothingTypedIsLost() {
        vm.createOn(LocalDate.of(2026, 12, 4));
        String longTitle = "x".repeat(201);
        editor.title.set(longTitle);
        editor.date.set("2026-02-30");
        editor.time.set("18:00");
        editor.zoneText.set("Asia/Seol");
        editor.endTime.set("17:00");
        editor.body.set("Hello {{price}}");
        editor.save();
        assertThat(editor.titleError.get()).contains("201 characters; keep it to 200");
        assertThat(editor.dateError.get()).isEqualTo("There is no 30 February 2026 (that month has 28 days)");
        assertThat(editor.zoneError.get()).startsWith("Unknown time zone 'Asia/Seol'");
        assertThat(editor.bodyError.get()).contains("line 1, column 7").contains("unknown placeholder {{price}}");
        assertThat(editor.messageProperty().get()).startsWith("Not saved");
        assertThat(editor.title.get()).isEqualTo(longTitle);
        assertThat(editor.date.get()).isEqualTo("2026-02-30");
        assertThat(editor.zoneText.get()).isEqualTo("Asia/Seol");
        assertThat(editor.body.get()).isEqualTo("Hello {{price}}");
        // the end before the start is refused once the date and zone are right
        editor.title.set("Teaser");
        editor.date.set("2026-12-04");
        editor.zoneText.set("Asia/Seoul");
        editor.body.set("");
        editor.save();
        assertThat(editor.endError.get()).startsWith("The end (2026-12-04 17:00) is before or at the start (2026-12-04 18:00)");
        assertThat(vm.entriesOn(LocalDate.of(2026, 12, 4))).noneMatch(e -> e.item().title().equals("Teaser"));
        editor.endTime.set("19:00");
        editor.save();
        assertThat(editor.endError.get()).isEmpty();
        assertThat(vm.selectedProperty().get().item().end()).isEqualTo(LocalDateTime.of(2026, 12, 4, 19, 0));
    }

    @Test
    void movingAGeneratedSlotStoresItAndRecordsTheMoveAltArrowsToo() {
        vm.select(f.entry("weekly-ama@2026-12-02"));
        assertThat(editor.headingProperty().get()).contains("Planned by the rule 'weekly-ama'");
        vm.moveSelected(1);
        CalendarService.Entry moved = vm.selectedProperty().get();
        assertThat(moved.key()).isEqualTo("weekly-ama@2026-12-02");
        assertThat(moved.item().stored()).isTrue();
        assertThat(vm.dayOf(moved)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(vm.entriesOn(LocalDate.of(2026, 12, 2))).noneMatch(e -> "weekly-ama".equals(e.item().ruleId()));
        // next week's AMA is still generated on its Wednesday
        assertThat(f.service.load(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 9), io.liveops.console.background.Cancellation.none())
                .entries()).filteredOn(e -> "weekly-ama".equals(e.item().ruleId())).singleElement().matches(e -> e.item().generated());
        vm.moveTo(moved, LocalDate.of(2026, 12, 1));
        assertThat(vm.dayOf(vm.selectedProperty().get())).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(editor.history()).extracting(s -> s.substring(s.indexOf("  ") + 2)).containsExactly(
                "Made from the rule 'weekly-ama' slot of 2026-12-02",
                "Moved from Wed 2 Dec 2026 20:00 KST to Thu 3 Dec 2026 20:00 KST",
                "Moved from Thu 3 Dec 2026 20:00 KST to Tue 1 Dec 2026 20:00 KST");
    }

    @Test
    void statusChangesClearTheOverdueFlag() {
        CalendarService.Entry recap = f.entry("monday-recap@2026-11-30");
        vm.setStatus(recap, ItemStatus.PUBLISHED);
        CalendarService.Entry after = f.entry("monday-recap@2026-11-30");
        assertThat(after.item().status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(after.overdue()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("'Monday market recap' is published.");
    }

    @Test
    void anItemDueWithin30MinutesRaisesOneToastAndOverdueOnesStayFlagged() {
        // at start today's 09:00 recap was already overdue: one reminder; yesterday's slots nobody took up are history
        assertThat(calendarAlerts()).extracting(Alert::key).contains("monday-recap@2026-11-30")
                .doesNotContain("discord-market-update@2026-11-30", "discord-market-update@2026-11-29");
        assertThat(f.entry("discord-market-update@2026-11-29").overdue()).isFalse();
        int atStart = calendarAlerts().size();
        f.clock.set(Instant.parse("2026-11-30T04:25:00Z")); // 13:25 KST: the 14:00 Discord update is 35 minutes away
        f.scheduler.advance(CalendarViewModel.TICK.multipliedBy(CalendarViewModel.REMINDER_EVERY_TICKS));
        assertThat(calendarAlerts()).hasSize(atStart);
        f.clock.set(Instant.parse("2026-11-30T04:31:00Z")); // 13:31: due within 30 minutes
        f.scheduler.advance(CalendarViewModel.TICK.multipliedBy(CalendarViewModel.REMINDER_EVERY_TICKS));
        assertThat(calendarAlerts()).extracting(Alert::key, Alert::title).contains(
                org.assertj.core.groups.Tuple.tuple("discord-market-update@2026-11-30", "Due at 14:00: Discord market update (Discord)"));
        f.clock.set(Instant.parse("2026-11-30T05:01:00Z")); // 14:01: overdue, no second reminder
        f.scheduler.advance(CalendarViewModel.TICK.multipliedBy(CalendarViewModel.REMINDER_EVERY_TICKS * 3L));
        assertThat(calendarAlerts()).hasSize(atStart + 1); // once each
        assertThat(f.entry("discord-market-update@2026-11-30").overdue()).isTrue();
    }

    @Test
    void sameChannelWithinAnHourAndContentDuringAnOpenP1AreFlagged() {
        vm.createOn(LocalDate.of(2026, 12, 2));
        editor.title.set("Wisdom thread, part 2");
        editor.channel.set(Channel.TWITTER);
        editor.time.set("09:45");
        editor.save();
        String key = vm.selectedProperty().get().key();
        assertThat(f.entry(key).collisions()).singleElement().asString()
                .startsWith("Same channel (Twitter/X) within an hour: 'Wallet Buffett wisdom' at Wed 2 Dec 09:00");
        assertThat(f.entry("wednesday-wisdom@2026-12-02").collisions()).hasSize(1);
        assertThat(f.entry("weekly-ama@2026-12-02").collisions()).isEmpty();

        f.incidents.add(new Incident(3L, 1, "Portfolio sync down", Severity.P1, io.liveops.console.incident.core.Status.INVESTIGATING, "portfolio",
                "", "", "", "", "", Instant.parse("2026-12-01T00:00:00Z"), null, null, null, List.of(), java.util.Set.of(), null));
        vm.reload();
        assertThat(f.entry("weekly-ama@2026-12-02").collisions()).singleElement().asString()
                .contains("open P1 incident #3 ('Portfolio sync down'").endsWith("posting content during an outage");
        assertThat(f.entry("monday-recap@2026-11-30").collisions()).isEmpty(); // before the incident
    }

    private List<Alert> calendarAlerts() {
        return f.alerts.history(100).stream().filter(a -> a.source().equals(CalendarService.ALERT_SOURCE) && a.kind() == Alert.Kind.RAISED).toList();
    }

    static CalendarItem item(String title, LocalDateTime at) {
        return CalendarItem.draft(title, Channel.BLOG, at, SEOUL);
    }
}
