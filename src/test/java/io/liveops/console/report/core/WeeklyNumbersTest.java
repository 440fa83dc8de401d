package io.liveops.console.report.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.testkit.HandBuiltWarehouse;
import io.liveops.console.testkit.ReportFixture;
import io.liveops.console.warehouse.Dialect;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The weekly report's numbers on {@link HandBuiltWarehouse} with its report weeks, on SQLite and on PostgreSQL, against
 * values worked out by hand in the comments. Where a value is a floating-point formula, the expectation is that formula in
 * Java, so both dialects must give it bit for bit. Today is Friday 2026-01-09; the last day with sessions is 2026-01-07.
 */
@Tag("postgres")
class WeeklyNumbersTest {

    @TempDir
    static Path tempDir;

    private static final Map<Dialect, ReportFixture> FIXTURES = new EnumMap<>(Dialect.class);

    /** The report's numbers service on the hand-built warehouse with its report weeks (one warehouse per dialect). */
    static synchronized WeeklyNumbersService service(Dialect dialect) {
        return FIXTURES.computeIfAbsent(dialect, d -> ReportFixture.open(d, tempDir)).numbers();
    }

    @AfterAll
    static void closeAll() {
        FIXTURES.values().forEach(ReportFixture::close);
    }

    private static WeeklyNumbers numbers(Dialect dialect, String week) {
        WeeklyNumbers n = service(dialect).compute(IsoWeek.parse(week), BackgroundTask.Progress.NONE, Cancellation.none());
        assertThat(n.errors()).as("errors on %s", dialect).isEmpty();
        return n;
    }

    private static void line(WeeklyNumbers n, ReportLine line, Double value, Double previous, Double change) {
        LineFigure f = n.require(line);
        assertThat(f.value()).as("%s value", line).isEqualTo(value);
        assertThat(f.previous()).as("%s previous", line).isEqualTo(previous);
        assertThat(f.change()).as("%s change", line).isEqualTo(change);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCompleteWeekWithAMissingDiscordDay(Dialect dialect) {
        WeeklyNumbers n = numbers(dialect, "2025-W47");
        assertThat(n.from()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(n.through()).isEqualTo(LocalDate.of(2025, 11, 23));
        assertThat(n.partial()).isFalse();
        // MAU as of 11-23, window [10-25, 11-23]: u1, u2, u3, u4, u5, u8, u9, u10, u11, u12 -> 10;
        // as of 11-16, window [10-18, 11-16]: u6 (10-22), u7 (10-21), u11 (11-14), u12 (11-13) -> 4
        line(n, ReportLine.MAU, 10.0, 4.0, (10.0 - 4.0) / 4.0);
        // DAU 11-17..11-23: 0, 1 (u5), 0, 4 (u1, u2, u4, u8), 1 (u3 at 11-21 00:00), 1 (u10), 2 (u9, u10) -> 9 / 7;
        // 11-10..11-16: u12 on 11-13, u11 on 11-14 -> 2 / 7
        line(n, ReportLine.DAU, 9.0 / 7, 2.0 / 7, (9.0 / 7 - 2.0 / 7) / (2.0 / 7));
        line(n, ReportLine.DAU_MAU, 9.0 / 7 / 10, 2.0 / 7 / 4, 9.0 / 7 / 10 - 2.0 / 7 / 4);
        // signups: u1, u2, u3 (11-19), u8, u9 (11-20), u10 (11-21) -> 6; W46: u4, u13 (11-13), u12 (11-14) -> 3
        line(n, ReportLine.NEW_SIGNUPS, 6.0, 3.0, 1.0);
        // churn as of 11-23: cohort created before 10-25 = u5, u6, u7, u11; active since 10-25: u5, u11 -> 2/4;
        // as of 11-16: cohort before 10-18 = u6, u7, both active since 10-18 (10-22, 10-21) -> 0/2
        line(n, ReportLine.CHURN, 0.5, 0.0, 0.5);
        // pro_conversion_7d as of 11-23: created 11-17..11-23 = u1, u2, u3, u8, u9, u10; subscribed in the window: u1 (11-19),
        // u8 (11-21) -> 2/6; as of 11-16: created u4, u13, u12; subscribed: u12 (11-15), u4 (11-12, before signing up but in
        // the window) -> 2/3
        line(n, ReportLine.PRO_CONVERSIONS, 2.0, 2.0, 0.0);
        line(n, ReportLine.CONVERSION_RATE, 2.0 / 6, 2.0 / 3, 2.0 / 6 - 2.0 / 3);
        // MRR at 11-24 00:00: sub1 19.99 + sub4 19.99 + sub5 14.99 + sub7 0.01; at 11-17 00:00: sub2 9.99 + sub3 19.99 + sub7 0.01
        line(n, ReportLine.MRR, 54.98, 29.99, (54.98 - 29.99) / 29.99);
        // discord members on 11-23 and 11-16
        line(n, ReportLine.DISCORD_MEMBERS, 5200.0, 5000.0, 200.0);
        // discord DAU: 800, 900, 777, 1234, 1000, (no row on 11-22), 1100 -> 5811 / 6; W46: 600 .. 900 -> 5250 / 7
        line(n, ReportLine.DISCORD_DAU, 5811.0 / 6, 5250.0 / 7, (5811.0 / 6 - 5250.0 / 7) / (5250.0 / 7));
        assertThat(n.require(ReportLine.DISCORD_DAU).valueNote()).isEqualTo("mean of the 6 days with a discord row; none for 2025-11-22");
        line(n, ReportLine.DISCORD_DAU_MEMBERS, 5811.0 / 6 / 5200, 5250.0 / 7 / 5000, 5811.0 / 6 / 5200 - 5250.0 / 7 / 5000);
        line(n, ReportLine.TWITTER_FOLLOWERS, 1250.0, 1200.0, 50.0);
        for (LineFigure f : n.lines()) {
            if (f.line() != ReportLine.DISCORD_DAU) {
                assertThat(f.valueNote()).as(f.line().key()).isNull();
            }
            assertThat(f.changeNote()).as(f.line().key()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theWeekOverTheYearChangeStartsInDecember(Dialect dialect) {
        WeeklyNumbers n = numbers(dialect, "2026-W01");
        assertThat(n.from()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(n.through()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(n.partial()).isFalse();
        // MAU as of 01-04, window [12-06, 01-04]: u20, u21, u22 -> 3; as of 12-28 (2025-W52): u20 -> 1
        line(n, ReportLine.MAU, 3.0, 1.0, 2.0);
        // DAU 12-29..01-04: 0, 1 (u21), 1 (u20 at 23:30), 1 (u21), 1 (u22), 0, 0 -> 4 / 7; W52: u20 on 12-23 -> 1 / 7
        line(n, ReportLine.DAU, 4.0 / 7, 1.0 / 7, (4.0 / 7 - 1.0 / 7) / (1.0 / 7));
        line(n, ReportLine.DAU_MAU, 4.0 / 7 / 3, 1.0 / 7 / 1, 4.0 / 7 / 3 - 1.0 / 7);
        // signups: u21 (12-30), u22, u23 (12-31) -> 3; W52: u20 -> 1
        line(n, ReportLine.NEW_SIGNUPS, 3.0, 1.0, 2.0);
        // churn: the 13 users of load() form both cohorts and none of them came back after 11-23 -> 13/13 both weeks
        line(n, ReportLine.CHURN, 1.0, 1.0, 0.0);
        // conversions as of 01-04: created 12-29..01-04 = u21, u22, u23; u21 subscribed on 01-01 -> 1/3;
        // as of 12-28: created u20, subscribed 12-24 -> 1/1
        line(n, ReportLine.PRO_CONVERSIONS, 1.0, 1.0, 0.0);
        line(n, ReportLine.CONVERSION_RATE, 1.0 / 3, 1.0, 1.0 / 3 - 1.0);
        // MRR at 01-05: 54.98 (load's subs 1, 4, 5, 7) + sub20 19.99; at 12-29: 54.98 + sub21 9.99 (ends 01-03)
        line(n, ReportLine.MRR, 74.97, 64.97, (74.97 - 64.97) / 64.97);
        line(n, ReportLine.DISCORD_MEMBERS, 5400.0, 5300.0, 100.0);
        // discord DAU: 1000 every day of W01; W52 has a row on 12-28 only (500)
        line(n, ReportLine.DISCORD_DAU, 1000.0, 500.0, 1.0);
        assertThat(n.require(ReportLine.DISCORD_DAU).valueNote()).isNull();
        assertThat(n.require(ReportLine.DISCORD_DAU).changeNote()).isEqualTo(
                "previous week: mean of the 1 day with a discord row; none for 2025-12-22, 2025-12-23, 2025-12-24, 2025-12-25, "
                        + "2025-12-26, 2025-12-27");
        line(n, ReportLine.DISCORD_DAU_MEMBERS, 1000.0 / 5400, 500.0 / 5300, 1000.0 / 5400 - 500.0 / 5300);
        // twitter has a row on 01-04 but none on 12-28: no previous value, so no change, and the note says why
        line(n, ReportLine.TWITTER_FOLLOWERS, 1300.0, null, null);
        assertThat(n.require(ReportLine.TWITTER_FOLLOWERS).changeNote())
                .isEqualTo("previous week: no twitter row in community_daily for 2025-12-28");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void thePartialWeekComparesTheSameDaysOfThePreviousWeek(Dialect dialect) {
        WeeklyNumbers n = numbers(dialect, "2026-W02");
        assertThat(n.from()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(n.through()).isEqualTo(HandBuiltWarehouse.LATEST_WITH_WEEKS);
        assertThat(n.partial()).isTrue();
        // MAU as of 01-07: u20, u21, u22 -> 3; as of 12-31 (window [12-02, 12-31]): u20, u21 -> 2
        line(n, ReportLine.MAU, 3.0, 2.0, 0.5);
        // DAU Mon..Wed: u20, u21, u22 one each -> 3 / 3; 12-29..12-31: 0, u21, u20 -> 2 / 3
        line(n, ReportLine.DAU, 3.0 / 3, 2.0 / 3, (3.0 / 3 - 2.0 / 3) / (2.0 / 3));
        line(n, ReportLine.DAU_MAU, 3.0 / 3 / 3, 2.0 / 3 / 2, 3.0 / 3 / 3 - 2.0 / 3 / 2);
        // nobody signed up on 01-05..01-07; 12-29..12-31: u21, u22, u23
        line(n, ReportLine.NEW_SIGNUPS, 0.0, 3.0, -1.0);
        line(n, ReportLine.CHURN, 1.0, 1.0, 0.0);
        // conversion as of 01-07: nobody was created in [01-01, 01-07]: an empty cohort is n/a, never 0 %; the count of
        // converted newcomers is a true 0. As of 12-31: u21, u22, u23 created, none subscribed in [12-25, 12-31] -> 0/3
        line(n, ReportLine.PRO_CONVERSIONS, 0.0, 0.0, 0.0);
        line(n, ReportLine.CONVERSION_RATE, null, 0.0, null);
        assertThat(n.require(ReportLine.CONVERSION_RATE).valueNote())
                .isEqualTo("the conversion cohort is empty: nobody signed up from 2026-01-01 to 2026-01-07");
        // MRR at 01-08: 54.98 + sub20 19.99; at 01-01 00:00 sub20 (01-01 12:00) has not started, sub21 runs -> 54.98 + 9.99
        line(n, ReportLine.MRR, 74.97, 64.97, (74.97 - 64.97) / 64.97);
        line(n, ReportLine.DISCORD_MEMBERS, 5500.0, 5400.0, 100.0);
        // discord DAU: 1200 (01-05), no row on 01-06, 1300 (01-07) -> 2500 / 2; previous 12-29..12-31: 1000 each
        line(n, ReportLine.DISCORD_DAU, 2500.0 / 2, 1000.0, (2500.0 / 2 - 1000.0) / 1000.0);
        assertThat(n.require(ReportLine.DISCORD_DAU).valueNote()).isEqualTo("mean of the 2 days with a discord row; none for 2026-01-06");
        line(n, ReportLine.DISCORD_DAU_MEMBERS, 2500.0 / 2 / 5500, 1000.0 / 5400, 2500.0 / 2 / 5500 - 1000.0 / 5400);
        line(n, ReportLine.TWITTER_FOLLOWERS, 1320.0, 1290.0, 30.0);
    }

    @Test
    void bothDialectsGiveIdenticalNumbers() {
        for (String week : new String[] {"2025-W47", "2026-W01", "2026-W02", "2025-W52"}) {
            assertThat(numbers(Dialect.POSTGRESQL, week).lines()).as(week).isEqualTo(numbers(Dialect.SQLITE, week).lines());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void weeksWithoutDataAreRefusedInOneSentence(Dialect dialect) {
        WeeklyNumbersService s = service(dialect);
        assertThat(s.lastCompleteDay(Cancellation.none())).isEqualTo(HandBuiltWarehouse.LATEST_WITH_WEEKS);
        // the last complete week is the one before the partial week of the data's last day
        assertThat(s.lastCompleteWeek(Cancellation.none())).isEqualTo(IsoWeek.parse("2026-W01"));
        assertThatThrownBy(() -> s.compute(IsoWeek.parse("2026-W03"), BackgroundTask.Progress.NONE, Cancellation.none()))
                .isInstanceOf(ReportRefusedException.class)
                .hasMessage("The week 2026-W03 (2026-01-12 to 2026-01-18) lies after the data: the last complete day with data is 2026-01-07.");
    }
}
