package io.liveops.console.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.report.core.IsoWeek;
import io.liveops.console.report.core.ReportLine;
import io.liveops.console.report.core.WeeklyNumbers;
import io.liveops.console.report.core.WeeklyReportRepository;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.ReportFixture;
import io.liveops.console.warehouse.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Report tab's ViewModel on the hand-built warehouse (SQLite) and a real state store, run synchronously: generating,
 * typing, saving, and reopening a week as it was sent (also after a restart and after the board changed).
 */
class ReportViewModelTest {

    @TempDir
    static Path warehouseDir;
    @TempDir
    Path dir;

    private static ReportFixture fixture;
    private StateStore store;
    private final List<String> clipboard = new ArrayList<>();

    @BeforeAll
    static void warehouse() {
        fixture = ReportFixture.open(Dialect.SQLITE, warehouseDir);
    }

    @AfterAll
    static void closeWarehouse() {
        fixture.close();
    }

    @BeforeEach
    void openState() {
        store = StateStore.openSqlite(dir.resolve("state.db"), ReportFixture.CLOCK);
        IncidentRepository incidents = new IncidentRepository(store);
        // in 2025-W47 (UTC): a resolved P0 and an open P1; a P2 that week and a P0 of the week after are not listed
        incidents.create(ReportFixture.incident("Login fails for every player", Severity.P0, "2025-11-18T13:40:00Z", "2025-11-18T16:10:00Z"),
                List.of());
        incidents.create(ReportFixture.incident("Chat messages not delivered", Severity.P1, "2025-11-21T09:00:00Z", null), List.of());
        incidents.create(ReportFixture.incident("Badge misaligned", Severity.P2, "2025-11-19T09:00:00Z", null), List.of());
        incidents.create(ReportFixture.incident("Shop down", Severity.P0, "2025-11-24T00:00:00Z", null), List.of());
    }

    @AfterEach
    void closeState() {
        store.close();
    }

    private ReportViewModel viewModel() {
        return ReportFixture.viewModel(fixture.numbers(), store, ReportFixture.CLOCK, dir, clipboard::add);
    }

    @Test
    void opensOnTheLastCompleteWeekWithNothingGenerated() {
        ReportViewModel vm = viewModel();
        vm.start();
        assertThat(vm.weekProperty().get()).isEqualTo(IsoWeek.parse("2026-W01"));
        assertThat(vm.weeks()).first().isEqualTo(IsoWeek.parse("2026-W02")); // the current week is listed first
        assertThat(vm.numbersProperty().get()).isNull();
        assertThat(vm.markdownProperty().get()).isEmpty();
        assertThat(vm.stateProperty().get()).startsWith("Not generated yet");
        assertThat(vm.canSave().get()).isFalse();
        assertThat(vm.hasReport().get()).isFalse();
        assertThat(vm.saved()).isEmpty();
    }

    @Test
    void generateTypeSaveAndReopenAsItWasSent() throws Exception {
        ReportViewModel vm = viewModel();
        vm.start();
        vm.weekProperty().set(IsoWeek.parse("2025-W47"));
        vm.generate();
        WeeklyNumbers n = vm.numbersProperty().get();
        assertThat(n.require(ReportLine.MAU).value()).isEqualTo(10.0);
        assertThat(vm.rows()).hasSize(ReportLine.values().length);
        assertThat(vm.rows().get(0)).isEqualTo(new NumberRow("MAU", "10", "4", "+150.0 %"));
        assertThat(vm.rows()).contains(new NumberRow("Discord DAU (mean)", "969 *", "750", "+29.1 %"));
        assertThat(vm.notesProperty().get()).contains("Discord DAU (mean): mean of the 6 days with a discord row; none for 2025-11-22.");
        assertThat(vm.bugs()).extracting(b -> b.title()).containsExactly("Login fails for every player", "Chat messages not delivered");
        assertThat(vm.markdownProperty().get()).startsWith("Week 47 Report (2025-11-17 ~ 2025-11-23)\n")
                .contains("- P0 #1 Login fails for every player: Resolved, 2 h 30 min to resolve");
        assertThat(vm.stateProperty().get()).startsWith("Generated, not saved yet");
        assertThat(vm.canSave().get()).isTrue();

        vm.nextWeekFocusProperty().set("Fix chat delivery.");
        vm.topFeedbackProperty().set("Dark mode, please.");
        assertThat(vm.markdownProperty().get()).contains("🎯 Next Week Focus:\nFix chat delivery.\n").contains("📝 Top Feedback:\nDark mode, please.");
        vm.save();
        String sent = vm.markdownProperty().get();
        assertThat(vm.messageProperty().get()).isEqualTo("Saved the report of 2025-W47: it reopens as it is now.");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.canSave().get()).isFalse();
        assertThat(vm.stateProperty().get()).startsWith("Saved Fri 9 Jan 2026 08:00 by ana");
        assertThat(vm.saved()).hasSize(1);
        assertThat(vm.savedLabel(vm.saved().get(0))).isEqualTo("2025-W47 · saved Fri 9 Jan 2026 08:00 by ana");

        // the board moves on after the report was sent: a new P1 in that week is not in the saved report
        new IncidentRepository(store).create(ReportFixture.incident("Late P1", Severity.P1, "2025-11-22T10:00:00Z", null), List.of());
        vm.weekProperty().set(IsoWeek.parse("2025-W46"));
        assertThat(vm.numbersProperty().get()).isNull();
        assertThat(vm.nextWeekFocusProperty().get()).isEmpty();
        vm.openSaved(vm.saved().get(0));
        assertThat(vm.weekProperty().get()).isEqualTo(IsoWeek.parse("2025-W47"));
        assertThat(vm.markdownProperty().get()).isEqualTo(sent);
        assertThat(vm.numbersProperty().get()).isEqualTo(n);
        assertThat(vm.bugs()).hasSize(2);
        assertThat(vm.nextWeekFocusProperty().get()).isEqualTo("Fix chat delivery.");
        assertThat(vm.dirtyProperty().get()).isFalse();

        // after a restart the week reopens the same way
        ReportViewModel restarted = viewModel();
        restarted.start();
        restarted.openSaved(restarted.saved().get(0));
        assertThat(restarted.markdownProperty().get()).isEqualTo(sent);
        assertThat(restarted.topFeedbackProperty().get()).isEqualTo("Dark mode, please.");
        assertThat(restarted.stateProperty().get()).startsWith("Saved Fri 9 Jan 2026 08:00 by ana");

        // copying and exporting give the report as saved; the HTML is for e-mail
        restarted.copy();
        assertThat(clipboard).containsExactly(sent);
        restarted.exportMarkdown();
        assertThat(Files.readString(dir.resolve("weekly-report-2025-W47.md"))).isEqualTo(sent);
        restarted.exportHtml();
        assertThat(Files.readString(dir.resolve("weekly-report-2025-W47.html"))).contains("<title>Week 47 Report (2025-11-17 ~ 2025-11-23)</title>")
                .contains("<li>MAU: 10 (+150.0 % WoW)</li>");
        assertThat(restarted.messageProperty().get()).startsWith("Exported the report of 2025-W47 to ").endsWith(".html.");

        // regenerating a saved week and editing it, then saving, replaces the saved version (no conflict with itself)
        restarted.generate();
        assertThat(restarted.bugs()).hasSize(3);
        restarted.nextWeekFocusProperty().set("Fix chat delivery; ship the shop.");
        assertThat(restarted.stateProperty().get()).contains("changed since, not saved");
        restarted.save();
        assertThat(restarted.messageProperty().get()).startsWith("Saved");
        assertThat(new WeeklyReportRepository(store).find(IsoWeek.parse("2025-W47")).orElseThrow().saved().version()).isEqualTo(2);
    }

    @Test
    void typedTextIsKeptWhenLookingAtAnotherWeek() {
        ReportViewModel vm = viewModel();
        vm.start();
        vm.topFeedbackProperty().set("Players love the new map.");
        vm.weekProperty().set(IsoWeek.parse("2025-W52"));
        assertThat(vm.topFeedbackProperty().get()).isEmpty();
        vm.weekProperty().set(IsoWeek.parse("2026-W01"));
        assertThat(vm.topFeedbackProperty().get()).isEqualTo("Players love the new map.");
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void aPartialWeekIsMarkedAndAWeekAfterTheDataIsRefused() {
        ReportViewModel vm = viewModel();
        vm.start();
        vm.nextWeek();
        assertThat(vm.weekProperty().get()).isEqualTo(IsoWeek.parse("2026-W02"));
        assertThat(vm.atCurrentWeek().get()).isTrue();
        vm.nextWeek(); // the current week is the last one offered
        assertThat(vm.weekProperty().get()).isEqualTo(IsoWeek.parse("2026-W02"));
        vm.generate();
        assertThat(vm.partialTextProperty().get()).isEqualTo("partial, through Wed 2026-01-07");
        assertThat(vm.markdownProperty().get()).startsWith("Week 2 Report (2026-01-05 ~ 2026-01-11, partial, through Wed 2026-01-07)\n")
                .contains("- Pro Conversions: 0 (conversion rate: n/a [1])")
                .contains("- [1] The conversion cohort is empty: nobody signed up from 2026-01-01 to 2026-01-07.");

        vm.weekProperty().set(IsoWeek.parse("2025-W02"));
        vm.weekProperty().set(IsoWeek.parse("2026-W02"));
        assertThat(vm.numbersProperty().get()).isNull(); // nothing from before stays on screen
        vm.weekProperty().set(IsoWeek.parse("2026-W01"));
        vm.weekProperty().set(IsoWeek.parse("2026-W01").next().next());
        vm.generate();
        assertThat(vm.numbersProperty().get()).isNull();
        assertThat(vm.messageProperty().get())
                .isEqualTo("The week 2026-W03 (2026-01-12 to 2026-01-18) lies after the data: the last complete day with data is 2026-01-07.");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aWarehouseSwitchClearsNumbersNotSavedButKeepsTheText() {
        ReportViewModel vm = viewModel();
        vm.start();
        vm.generate();
        vm.nextWeekFocusProperty().set("Launch season 2.");
        vm.warehouseChanged();
        assertThat(vm.numbersProperty().get()).isNull();
        assertThat(vm.markdownProperty().get()).isEmpty();
        assertThat(vm.nextWeekFocusProperty().get()).isEqualTo("Launch season 2.");
        assertThat(vm.messageProperty().get()).isEqualTo("The warehouse changed: generate the report of 2026-W01 again (your text is kept).");

        vm.generate();
        vm.save();
        vm.warehouseChanged(); // a saved report is a record of what was sent: it stays
        assertThat(vm.numbersProperty().get()).isNotNull();
    }
}
