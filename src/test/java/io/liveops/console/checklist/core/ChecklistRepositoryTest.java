package io.liveops.console.checklist.core;

import org.junit.jupiter.api.Tag;

import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.StateBackend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checklist days and marks behave the same on the SQLite file and the PostgreSQL team database, and survive a reopen. */
@Tag("postgres")
class ChecklistRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:30:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final LocalDate MON = LocalDate.parse("2026-11-23");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(StateBackend.class)
    void daysAreCreatedOnceAndMarksReplaceEachOtherAcrossAReopen(StateBackend backend) {
        String location = backend.freshLocation(tmp);
        try (StateStore store = backend.open(location, CLOCK)) {
            ChecklistRepository repo = new ChecklistRepository(store);
            assertThat(repo.day(MON)).isEmpty();
            assertThat(repo.createDay(MON, "{\"routines\":[1]}", T0)).isEqualTo("{\"routines\":[1]}");
            // a second console opening the same day keeps the first one's routines
            assertThat(repo.createDay(MON, "{\"routines\":[2]}", T0)).isEqualTo("{\"routines\":[1]}");
            repo.createDay(MON.minusDays(3), "{}", T0);
            assertThat(repo.latestDayBefore(MON)).contains(MON.minusDays(3));
            assertThat(repo.latestDayBefore(MON.minusDays(3))).isEmpty();

            ChecklistMark open = ChecklistMark.open("morning", "metrics-review");
            repo.save(MON, open.withNote("look at churn"), T0);
            repo.save(MON, open.withNote("look at churn").done("ana", T0), T0);
            repo.save(MON, ChecklistMark.open("morning", "community-check").skipped("ana", T0, "Discord down"), T0);
        }
        try (StateStore store = backend.open(location, CLOCK)) {
            ChecklistRepository repo = new ChecklistRepository(store);
            assertThat(repo.day(MON)).contains("{\"routines\":[1]}");
            assertThat(repo.marks(MON)).containsExactly(
                    new ChecklistMark("morning", "community-check", ChecklistMark.State.SKIPPED, "ana", T0, "Discord down", null),
                    new ChecklistMark("morning", "metrics-review", ChecklistMark.State.DONE, "ana", T0, null, "look at churn"));
            assertThat(repo.days(MON.minusDays(7), MON)).containsOnlyKeys(MON.minusDays(3), MON);
            assertThat(repo.marks(MON.minusDays(3))).isEmpty();
        }
    }
}
