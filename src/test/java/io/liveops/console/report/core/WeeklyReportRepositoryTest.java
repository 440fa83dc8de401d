package io.liveops.console.report.core;

import org.junit.jupiter.api.Tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.StateBackend;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Saved reports on SQLite and on PostgreSQL (migration V6): kept as sent across a reopen, listed, never overwritten blindly. */
@Tag("postgres")
class WeeklyReportRepositoryTest {

    @TempDir
    Path tempDir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-24T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(StateBackend.class)
    void aSavedReportReopensAsItWasSent(StateBackend backend) {
        String location = backend.freshLocation(tempDir);
        WeeklyNumbers numbers = ReportMarkdownTest.week47();
        WeeklyReport draft = new WeeklyReport(numbers, ReportMarkdownTest.bugs(), "feedback", "focus", "# the markdown\n", null);
        WeeklyReport saved;
        try (StateStore store = backend.open(location, CLOCK)) {
            WeeklyReportRepository repo = new WeeklyReportRepository(store);
            assertThat(repo.find(numbers.week())).isEmpty();
            saved = repo.save(draft, Instant.parse("2025-11-24T08:30:00Z"), "ana");
            assertThat(saved.saved()).isEqualTo(new WeeklyReport.Saved(Instant.parse("2025-11-24T08:30:00Z"), "ana", 1));
        }
        try (StateStore store = backend.open(location, CLOCK)) {
            WeeklyReportRepository repo = new WeeklyReportRepository(store);
            WeeklyReport reopened = repo.find(numbers.week()).orElseThrow();
            assertThat(reopened).isEqualTo(saved);
            assertThat(reopened.numbers()).isEqualTo(numbers); // every figure and note, exactly
            assertThat(reopened.bugs()).isEqualTo(ReportMarkdownTest.bugs());

            WeeklyReport edited = new WeeklyReport(numbers, reopened.bugs(), "feedback, edited", "focus", "# edited\n", reopened.saved());
            WeeklyReport again = repo.save(edited, Instant.parse("2025-11-24T09:00:00Z"), "ben");
            assertThat(again.saved().version()).isEqualTo(2);
            assertThat(repo.find(numbers.week()).orElseThrow().topFeedback()).isEqualTo("feedback, edited");

            // a save based on version 1 (another console's stale copy) is refused and changes nothing
            assertThatThrownBy(() -> repo.save(edited, Instant.parse("2025-11-24T09:05:00Z"), "cem"))
                    .isInstanceOf(SaveConflictException.class).hasMessageContaining("saved from another console");
            // so is a first save of a week someone already saved
            assertThatThrownBy(() -> repo.save(draft, Instant.parse("2025-11-24T09:06:00Z"), "cem"))
                    .isInstanceOf(SaveConflictException.class).hasMessageContaining("was saved by ben");
            assertThat(repo.find(numbers.week()).orElseThrow().saved().by()).isEqualTo("ben");

            WeeklyNumbers partial = new WeeklyNumbers(IsoWeek.parse("2025-W48"), LocalDate.of(2025, 11, 26), true, numbers.computedAt(),
                    numbers.lines(), List.of());
            repo.save(new WeeklyReport(partial, List.of(), "", "", "x", null), Instant.parse("2025-11-27T09:00:00Z"), "ana");
            assertThat(repo.list()).extracting(s -> s.week().toString(), WeeklyReport.Summary::partial, WeeklyReport.Summary::savedBy)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-W48", true, "ana"),
                            org.assertj.core.groups.Tuple.tuple("2025-W47", false, "ben"));
        }
    }
}
