package io.liveops.console.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.checklist.core.CarriedItem;
import io.liveops.console.shared.Status;
import io.liveops.console.testkit.ChecklistFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day on screen without a screen: ticks, skips and their undo, notes, live KPI values, item buttons, one date format. */
class TodayViewModelTest {

    private static final LocalDate MON = LocalDate.parse("2026-11-23");

    @TempDir
    Path dir;
    private ChecklistHarness h;
    private TodayViewModel today;

    @BeforeEach
    void setUp() {
        h = new ChecklistHarness(dir, "2026-11-23T00:30:00Z"); // Monday 09:30 in Seoul: the morning window is open
        h.vm.start();
        today = h.today();
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    private void skip(ItemRow item, String reason) {
        SkipForm form = today.skipForm(item);
        form.reasonProperty().set(reason);
        assertThat(form.confirm()).isTrue();
    }

    @Test
    void tickingAndSkippingRecordWhoAndWhenAndMoveTheProgress() {
        assertThat(today.titleProperty().get()).isEqualTo("Monday 2026-11-23");
        today.toggle(h.item("morning", "metrics-review"));
        assertThat(h.item("morning", "metrics-review").doneProperty().get()).isTrue();
        assertThat(h.item("morning", "metrics-review").statusProperty().get()).isEqualTo("Done by ana at 09:30");
        assertThat(h.routine("morning").progressProperty().get()).isEqualTo("1/3");

        skip(h.item("morning", "community-check"), "Discord is down");
        assertThat(h.item("morning", "community-check").statusProperty().get()).isEqualTo("Skipped by ana at 09:30: Discord is down");
        assertThat(h.routine("morning").progressProperty().get()).isEqualTo("2/3");

        today.toggle(h.item("morning", "metrics-review"));
        assertThat(h.routine("morning").progressProperty().get()).isEqualTo("1/3");
        today.note(h.item("morning", "system-health"), "p95 spiked at 09:10");
        assertThat(h.item("morning", "system-health").noteProperty().get()).isEqualTo("p95 spiked at 09:10");
        assertThat(h.vm.history().days()).first().satisfies(d -> assertThat(d.day()).isEqualTo(MON));
    }

    /** Issue 15, item 10: a blank reason is refused inside the dialog, which stays open; no hint is left at the top of the tab. */
    @Test
    void aBlankSkipReasonIsRefusedInsideTheDialogAndLeavesNothingBehind() {
        ItemRow community = h.item("morning", "community-check");
        SkipForm form = today.skipForm(community);
        form.reasonProperty().set("   ");
        assertThat(form.confirm()).isFalse();
        assertThat(form.problemProperty().get()).startsWith("Say why it is skipped");
        assertThat(community.skippedProperty().get()).isFalse();
        assertThat(h.routine("morning").progressProperty().get()).isEqualTo("0/3");
        assertThat(h.vm.messageProperty().get()).isEmpty();

        form.reasonProperty().set("Discord is down"); // typing clears the problem
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.confirm()).isTrue();
        assertThat(community.skippedProperty().get()).isTrue();
        assertThat(h.vm.messageProperty().get()).isEmpty();
    }

    /** Issue 15, item 10: Reopen undoes a skip, in the state store too. */
    @Test
    void reopenUndoesASkip() {
        ItemRow community = h.item("morning", "community-check");
        skip(community, "Discord is down");
        assertThat(h.routine("morning").progressProperty().get()).isEqualTo("1/3");

        today.reopen(community);
        assertThat(community.skippedProperty().get()).isFalse();
        assertThat(community.statusProperty().get()).isEmpty();
        assertThat(h.routine("morning").progressProperty().get()).isEqualTo("0/3");
        h.vm.openToday(); // read back from the state store
        assertThat(h.item("morning", "community-check").skippedProperty().get()).isFalse();
        assertThat(h.item("morning", "community-check").doneProperty().get()).isFalse();
    }

    /** Issue 15, item 10: a message at the top does not outlive the next success. */
    @Test
    void theNextSavedChangeClearsAnEarlierMessage() {
        h.vm.history().openDay(LocalDate.parse("2026-11-01"));
        assertThat(h.vm.messageProperty().get()).isEqualTo("The checklist was not opened on 2026-11-01.");
        today.toggle(h.item("morning", "metrics-review"));
        assertThat(h.vm.messageProperty().get()).isEmpty();
    }

    /** Issue 15, item 9: ISO dates and date-times; a tick stamped after midnight says its day. */
    @Test
    void datesAndTimesUseTheConsolesOneFormat() {
        h.clock.set(Instant.parse("2026-11-23T15:10:00Z")); // Tuesday 00:10 in Seoul, before the midnight timer ran
        today.toggle(h.item("evening", "market-monitoring"));
        assertThat(h.item("evening", "market-monitoring").statusProperty().get()).isEqualTo("Done by ana on 2026-11-24 00:10");
        h.scheduler.advance(Duration.ZERO);
        assertThat(today.titleProperty().get()).isEqualTo("Tuesday 2026-11-24");
        assertThat(h.routine(CarriedItem.ROUTINE_ID).items().get(0).statusProperty().get()).isEqualTo("Carried over from 2026-11-23");
        assertThat(h.routine("morning").windowText()).isEqualTo("09:00–10:00");
    }

    @Test
    void liveKpiValuesAppearNextToTheirItemsAndABreachMakesTheItemStandOut() {
        assertThat(h.item("morning", "metrics-review").kpis()).isEmpty();
        h.snapshots.set(ChecklistFixture.readings());
        List<KpiChip> chips = h.item("morning", "metrics-review").kpis();
        assertThat(chips).extracting(KpiChip::label).containsExactly("DAU", "MAU", "New signups", "Churn D30", "Discord DAU", "Errors (24 h)");
        assertThat(chips).extracting(KpiChip::value).containsExactly("9,840", "31,200", "412", "11.2 %", "1,250", "37");
        assertThat(chips.get(3).status()).isEqualTo(Status.CRITICAL);
        assertThat(h.item("morning", "metrics-review").breachedProperty().get()).isTrue();
        assertThat(h.item("morning", "system-health").breachedProperty().get()).isFalse();
        assertThat(h.item("evening", "market-monitoring").kpis()).extracting(KpiChip::label)
                .containsExactly("24 h change BTC", "24 h change ETH", "Fear & Greed");
        assertThat(h.item("evening", "market-monitoring").breachedProperty().get()).isTrue();
        // a KPI without a threshold is shown plain, never as "ok": the board's neutral frame, the same rule
        assertThat(h.item("evening", "market-monitoring").kpis()).extracting(KpiChip::judged).containsExactly(true, true, false);

        h.snapshots.set(null); // the board clears while switching warehouses: the last values stay
        assertThat(h.item("morning", "metrics-review").kpis()).hasSize(6);
    }

    @Test
    void linksOpenInTheBrowserAndActionsOpenTheirTab() {
        today.openLink(h.item("morning", "community-check"));
        today.openAction(h.item("morning", "system-health"));
        today.openLink(h.item("morning", "metrics-review")); // no link: nothing happens
        today.openAction(h.item("afternoon", "content-publishing")); // the calendar shows days: it opens on the checklist's
        assertThat(h.opened).containsExactly("url https://discord.com/channels/@me", "tab incidents",
                "calendar day-" + today.dayProperty().get());
    }
}
