package io.liveops.console.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liveops.console.background.Cancellation;
import io.liveops.console.warehouse.DemoWarehouse.Options;
import io.liveops.console.warehouse.DemoWarehouse.Stats;
import io.liveops.console.warehouse.demo.DemoStory;
import io.liveops.console.warehouse.demo.DemoTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWarehouseTest {

    /** 08:00 in Tokyo on 2 March is still 1 March in UTC: the demo ends the day before, 28 February. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T23:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private static final LocalDate LAST = LocalDate.parse("2025-02-28");

    @TempDir
    static Path shared;
    static Path defaultFile;
    static Stats defaultStats;
    static DemoStory story;

    @BeforeAll
    static void generateDefault() {
        Options options = Options.defaults(CLOCK);
        defaultFile = shared.resolve("demo.sqlite");
        defaultStats = DemoWarehouse.writeSqlite(defaultFile, options, (f, m) -> { }, Cancellation.none());
        story = DemoWarehouse.story(options);
        System.err.printf("Default demo warehouse: %d rows in %d ms %s%n", defaultStats.totalRows(), defaultStats.millis(),
                defaultStats.rowCounts());
    }

    @Test
    void defaultsAreTheFixedSeedSeventyFiveDaysEndingYesterdayInUtc() {
        Options o = Options.defaults(CLOCK);
        assertThat(o.lastDay()).isEqualTo(LAST);
        assertThat(o.days()).isEqualTo(75);
        assertThat(o.scale()).isEqualTo(1.0);
        assertThat(o.seed()).isEqualTo(Options.DEFAULT_SEED);
        assertThat(story.firstDay()).isEqualTo(LAST.minusDays(74));
        assertThatThrownBy(() -> o.withDays(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> o.withScale(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultSizeLandsInTheIntendedRanges() throws SQLException {
        assertThat(defaultStats.rows("users")).isEqualTo(20_000);
        assertThat(defaultStats.rows("sessions")).isBetween(230_000L, 300_000L);
        assertThat(defaultStats.rows("api_requests")).isBetween(130_000L, 170_000L);
        assertThat(defaultStats.rowCounts().keySet()).containsExactlyElementsOf(
                java.util.Arrays.stream(DemoTable.values()).map(DemoTable::tableName).toList());
        assertThat(defaultStats.rowCounts().values()).allMatch(n -> n > 0);
        try (Connection c = open(defaultFile)) {
            assertThat(number(c, "SELECT count(*) FROM sessions")).isEqualTo(defaultStats.rows("sessions"));
            assertThat(number(c, "SELECT avg(crashed) FROM sessions")).isBetween(0.013, 0.017);
            assertThat(number(c, "SELECT count(*) FROM sessions WHERE started_at < (SELECT created_at FROM users u WHERE u.user_id = sessions.user_id)")).isZero();
            assertThat(number(c, "SELECT count(*) FROM subscriptions WHERE ended_at IS NOT NULL")).isGreaterThan(50);
            assertThat(number(c, "SELECT count(*) FROM subscriptions WHERE ended_at IS NULL")).isGreaterThan(500);
            assertThat(number(c, "SELECT count(DISTINCT item_id) FROM market_trades")).isEqualTo(20);
            assertThat(number(c, "SELECT count(*) FROM support_tickets WHERE first_response_at IS NULL")).isGreaterThan(0);
        }
    }

    @Test
    void valuesUseTheContractsSqliteStorageForms() throws SQLException {
        try (Connection c = open(defaultFile)) {
            assertThat(number(c, "SELECT count(*) FROM sessions WHERE typeof(started_at) <> 'text' OR length(started_at) <> 19 OR crashed NOT IN (0, 1)")).isZero();
            assertThat(number(c, "SELECT count(*) FROM seasons WHERE length(starts_on) <> 10")).isZero();
            assertThat(text(c, "SELECT max(started_at) FROM sessions")).startsWith(LAST.toString());
            assertThat(number(c, "SELECT count(*) FROM sessions WHERE started_at >= ?", LAST.plusDays(1).toString())).isZero();
            assertThat(number(c, "SELECT min(monthly_price_usd) FROM subscriptions")).isEqualTo(19.99);
            assertThat(number(c, "SELECT count(*) FROM api_requests WHERE abs(latency_ms * 100 - round(latency_ms * 100)) > 1e-6")).isZero();
            assertThat(text(c, "SELECT group_concat(season_id || ':' || starts_on || '..' || ends_on) FROM (SELECT * FROM seasons ORDER BY season_id)"))
                    .isEqualTo("S1:" + story.firstDay() + ".." + story.season2Start().minusDays(1)
                            + ",S2:" + story.season2Start() + ".." + story.season2End());
        }
    }

    @Test
    void retentionDecaysLikeALiveGame() throws SQLException {
        try (Connection c = open(defaultFile)) {
            String sql = """
                    WITH a AS (SELECT DISTINCT user_id, date(started_at) d FROM sessions)
                    SELECT avg(a.user_id IS NOT NULL) FROM users u LEFT JOIN a
                      ON a.user_id = u.user_id AND a.d = date(u.created_at, '+' || ? || ' days')
                    WHERE date(u.created_at, '+' || ? || ' days') <= ?""";
            assertThat(number(c, sql, 1, 1, LAST.toString())).isBetween(0.37, 0.45);
            assertThat(number(c, sql, 7, 7, LAST.toString())).isBetween(0.17, 0.24);
            assertThat(number(c, sql, 30, 30, LAST.toString())).isBetween(0.07, 0.11);
        }
    }

    @Test
    void experimentsHaveTheIntendedExposuresAndEffects() throws SQLException {
        try (Connection c = open(defaultFile)) {
            String exposures = "SELECT count(*) FROM experiment_exposures WHERE experiment_id = ? AND variant = ?";
            assertThat(number(c, exposures, "abx-xp-curve-s1", "control")).isCloseTo(2000, within(150.0));
            assertThat(number(c, exposures, "abx-xp-curve-s1", "variant")).isCloseTo(2000, within(150.0));
            assertThat(number(c, exposures, "abx-shop-layout", "control")).isCloseTo(1500, within(120.0));
            assertThat(number(c, exposures, "abx-shop-layout", "variant")).isCloseTo(1500, within(120.0));
            assertThat(number(c, exposures, "abx-onboarding-v2", "control")).isCloseTo(5000, within(250.0));
            assertThat(number(c, exposures, "abx-onboarding-v2", "variant")).isCloseTo(5600, within(250.0));
            assertThat(number(c, "SELECT count(*) FROM experiment_exposures x LEFT JOIN users u ON u.user_id = x.user_id "
                    + "WHERE u.user_id IS NULL OR x.exposed_at < u.created_at")).isZero();
            assertThat(number(c, "SELECT count(*) FROM experiment_events e LEFT JOIN experiment_exposures x "
                    + "ON x.experiment_id = e.experiment_id AND x.user_id = e.user_id WHERE x.user_id IS NULL")).isZero();
            assertThat(text(c, "SELECT group_concat(experiment_id || '=' || primary_metric) FROM (SELECT * FROM experiments ORDER BY experiment_id)"))
                    .isEqualTo("abx-onboarding-v2=converted,abx-shop-layout=revenue_usd,abx-xp-curve-s1=converted");

            String converted = """
                    SELECT avg(EXISTS (SELECT 1 FROM experiment_events e WHERE e.experiment_id = x.experiment_id
                                        AND e.user_id = x.user_id AND e.metric = ?))
                    FROM experiment_exposures x WHERE x.experiment_id = ? AND x.variant = ?""";
            double xpControl = number(c, converted, "converted", "abx-xp-curve-s1", "control");
            double xpVariant = number(c, converted, "converted", "abx-xp-curve-s1", "variant");
            assertThat(xpControl).isBetween(0.42, 0.49);
            assertThat(xpVariant).isBetween(0.49, 0.56);
            assertThat(xpVariant - xpControl).isGreaterThan(0.04);
            double onbControl = number(c, converted, "converted", "abx-onboarding-v2", "control");
            double onbVariant = number(c, converted, "converted", "abx-onboarding-v2", "variant");
            assertThat(Math.abs(onbVariant - onbControl)).isLessThan(0.04);
            for (String exp : List.of("abx-xp-curve-s1", "abx-shop-layout", "abx-onboarding-v2")) {
                for (String arm : List.of("control", "variant")) {
                    assertThat(number(c, converted, "session_crash", exp, arm)).as(exp + " " + arm).isBetween(0.005, 0.03);
                }
            }
            String revenue = """
                    SELECT avg(coalesce((SELECT sum(value) FROM experiment_events e WHERE e.experiment_id = x.experiment_id
                                         AND e.user_id = x.user_id AND e.metric = 'revenue_usd'), 0))
                    FROM experiment_exposures x WHERE x.experiment_id = 'abx-shop-layout' AND x.variant = ?""";
            double revControl = number(c, revenue, "control");
            double revVariant = number(c, revenue, "variant");
            assertThat(revControl).isBetween(0.5, 2.0);
            assertThat(Math.abs(revVariant - revControl) / revControl).isLessThan(0.25);
        }
    }

    @Test
    void theStoryDaysShowTheirIncidents() throws SQLException {
        assertThat(story.lastDay()).isEqualTo(LAST);
        assertThat(story.outageDay()).isEqualTo(LAST.minusDays(9));
        assertThat(story.badLatencyDay()).isEqualTo(LAST.minusDays(4));
        assertThat(story.fraudBurstDays()).contains(LAST);
        try (Connection c = open(defaultFile)) {
            assertThat(p95(c, story.badLatencyDay())).isGreaterThan(300);
            assertThat(p95(c, story.lastDay())).isBetween(90.0, 150.0);
            assertThat(p95(c, story.firstDay().plusDays(30))).isBetween(90.0, 150.0);

            String errorRate = "SELECT avg(status_code >= 500) FROM api_requests WHERE occurred_at >= ? AND occurred_at < ?";
            assertThat(number(c, errorRate, day(story.outageDay()), day(story.outageDay().plusDays(1)))).isGreaterThan(0.03);
            assertThat(number(c, errorRate, day(story.lastDay()), day(story.lastDay().plusDays(1)))).isLessThan(0.01);
            assertThat(number(c, "SELECT count(*) FROM error_events WHERE level = 'critical' AND occurred_at >= ? AND occurred_at < ?",
                    day(story.outageDay()), day(story.outageDay().plusDays(1)))).isGreaterThanOrEqualTo(10);

            String crashFree = "SELECT 1 - avg(crashed) FROM sessions WHERE started_at >= ? AND started_at < ?";
            assertThat(number(c, crashFree, day(story.badClientDay()), day(story.badClientDay().plusDays(1)))).isLessThan(0.97);
            assertThat(number(c, "SELECT count(*) FROM sessions WHERE client_version = ? AND started_at >= ?",
                    story.badClientVersion(), day(story.badClientDay().plusDays(1)))).isZero();

            assertThat(number(c, "SELECT count(*) FROM fraud_flags WHERE occurred_at >= ?", day(LAST))).isGreaterThanOrEqualTo(20);
            String latest = "SELECT price_usd FROM watchlist_prices WHERE symbol = ? AND observed_at <= ? ORDER BY observed_at DESC LIMIT 1";
            double btcNow = number(c, latest, "BTC", day(LAST.plusDays(1)));
            double btcBefore = number(c, latest, "BTC", day(LAST));
            assertThat(btcNow / btcBefore - 1).isLessThan(-0.10);
            assertThat(number(c, "SELECT value FROM fear_greed WHERE day = ?", LAST.toString())).isLessThan(25);
            assertThat(number(c, "SELECT count(*) FROM infra_metrics WHERE metric = 'rds_connections'")).isBetween(6000.0, 20000.0);
        }
    }

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedDoesNot(@TempDir Path dir) throws SQLException {
        Options small = Options.defaults(CLOCK).withScale(0.1);
        Stats a = DemoWarehouse.writeSqlite(dir.resolve("a.sqlite"), small, (f, m) -> { }, Cancellation.none());
        Stats b = DemoWarehouse.writeSqlite(dir.resolve("b.sqlite"), small, (f, m) -> { }, Cancellation.none());
        Stats other = DemoWarehouse.writeSqlite(dir.resolve("c.sqlite"), small.withSeed(7), (f, m) -> { }, Cancellation.none());
        assertThat(a.rowCounts()).isEqualTo(b.rowCounts());
        assertThat(a.rows("users")).isEqualTo(2000);
        try (Connection ca = open(dir.resolve("a.sqlite")); Connection cb = open(dir.resolve("b.sqlite"));
             Connection cc = open(dir.resolve("c.sqlite"))) {
            for (DemoTable t : DemoTable.values()) {
                assertThat(TableFingerprint.of(cb, t)).as(t.tableName()).isEqualTo(TableFingerprint.of(ca, t));
            }
            assertThat(TableFingerprint.of(cc, DemoTable.SESSIONS)).isNotEqualTo(TableFingerprint.of(ca, DemoTable.SESSIONS));
            assertThat(TableFingerprint.of(cc, DemoTable.API_REQUESTS)).isNotEqualTo(TableFingerprint.of(ca, DemoTable.API_REQUESTS));
        }
    }

    @Test
    void theTargetAppearsOnlyWhenCompleteAndProgressRises(@TempDir Path dir) {
        Path target = dir.resolve("demo.sqlite");
        List<Double> fractions = new ArrayList<>();
        AtomicBoolean seenEarly = new AtomicBoolean();
        Stats stats = DemoWarehouse.writeSqlite(target, Options.defaults(CLOCK).withScale(0.05), (f, m) -> {
            fractions.add(f);
            if (f < 1.0 && Files.exists(target)) {
                seenEarly.set(true);
            }
        }, Cancellation.none());
        assertThat(seenEarly).isFalse();
        assertThat(target).exists();
        assertThat(dir).isDirectoryContaining(p -> p.equals(target));
        assertThat(stats.rows("users")).isEqualTo(1000);
        assertThat(fractions).hasSizeGreaterThan(50).isSorted().last().isEqualTo(1.0);
        assertThat(fractions.getFirst()).isLessThan(0.05);
    }

    @Test
    void cancellationLeavesNoFileBehind(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("demo.sqlite");
        Cancellation cancellation = new Cancellation();
        AtomicInteger updates = new AtomicInteger();
        assertThatThrownBy(() -> DemoWarehouse.writeSqlite(target, Options.defaults(CLOCK).withScale(0.2), (f, m) -> {
            updates.incrementAndGet();
            if (f > 0.3) {
                cancellation.cancel();
            }
        }, cancellation)).isInstanceOf(Cancellation.CancelledException.class);
        assertThat(updates).hasValueGreaterThan(1);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anExistingTargetIsReplacedAtomically(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("demo.sqlite");
        Files.writeString(target, "old");
        DemoWarehouse.writeSqlite(target, Options.defaults(CLOCK).withScale(0.02), (f, m) -> { }, Cancellation.none());
        try (Connection c = open(target)) {
            assertThat(number(c, "SELECT count(*) FROM users")).isEqualTo(400);
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String day(LocalDate d) {
        return d + " 00:00:00";
    }

    private static double p95(Connection c, LocalDate d) throws SQLException {
        List<Double> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT latency_ms FROM api_requests WHERE occurred_at >= ? AND occurred_at < ?")) {
            ps.setString(1, day(d));
            ps.setString(2, day(d.plusDays(1)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getDouble(1));
                }
            }
        }
        // numpy's default percentile (linear between closest ranks), as in the contract
        return new Percentile().withEstimationType(EstimationType.R_7)
                .evaluate(values.stream().mapToDouble(Double::doubleValue).toArray(), 95);
    }

    static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static double number(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

}
