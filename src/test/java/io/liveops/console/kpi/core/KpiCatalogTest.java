package io.liveops.console.kpi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.WarehouseException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("postgres")
class KpiCatalogTest {

    /** The KPIs the engine computes from two others' values (dau_mau = dau / mau), not from SQL of their own. */
    static final java.util.Set<String> COMPUTED_FROM_OTHERS = java.util.Set.of("dau_mau");

    private final KpiCatalog catalog = KpiCatalog.standard();

    @Test
    void listsTheContractKpisInContractOrder() {
        assertThat(catalog.ids()).containsExactly("dau", "wau", "mau", "dau_mau", "new_signups", "retention_d1", "retention_d7",
                "retention_d30", "churn_d30", "mrr_usd", "pro_conversion_7d", "crash_free_rate", "p95_latency_ms", "error_rate",
                "errors_24h", "nps_30d", "support_sla_met_7d", "discord_dau", "earn_spend_ratio_7d", "inflation_index",
                "fraud_flags_24h", "watch_change_24h", "fear_greed");
        assertThat(catalog.byId("mrr_usd").orElseThrow().group().displayName()).isEqualTo("Monetization");
        assertThat(catalog.byId("p95_latency_ms").orElseThrow().unit()).isEqualTo(Unit.MILLISECONDS);
    }

    @Test
    void resolvesKeyedIds() {
        assertThat(catalog.byId("watch_change_24h:BTC")).map(KpiDefinition::id).contains("watch_change_24h");
        assertThat(catalog.byId("dau:BTC")).isEmpty();
        assertThat(catalog.byId("watch_change_24h:")).isEmpty();
        assertThat(catalog.byId("nope")).isEmpty();
        assertThat(KpiCatalog.keyOf("watch_change_24h:ETH")).contains("ETH");
        assertThat(KpiCatalog.baseId("watch_change_24h:ETH")).isEqualTo("watch_change_24h");
    }

    @Test
    void everyKpiHasAnSqlFileOnBothDialectsWithTheHeaderConvention() {
        for (Dialect dialect : Dialect.values()) {
            SqlCatalog sql = new SqlCatalog(dialect, null);
            for (String id : catalog.ids()) {
                if (COMPUTED_FROM_OTHERS.contains(id)) {
                    // its one definition is the contract's ratio of two other KPIs: no file of its own to drift from it
                    assertThatThrownBy(() -> sql.load(SqlCatalog.seriesName(id))).as(id).isInstanceOf(WarehouseException.class);
                    continue;
                }
                java.util.Optional<KpiCatalog.SharedQuery> shared = KpiCatalog.sharedQueryOf(id);
                if (shared.isPresent()) {
                    // read with others by one file: none of its own to drift from that one
                    assertThatThrownBy(() -> sql.load(SqlCatalog.seriesName(id))).as(id).isInstanceOf(WarehouseException.class);
                    continue;
                }
                // one definition per KPI, its series file (the single-day files are gone)
                checkHeader(dialect, sql.load(SqlCatalog.seriesName(id)), id + ":");
            }
            for (KpiCatalog.SharedQuery shared : KpiCatalog.SHARED_QUERIES) {
                // the shared file names its members first, then follows the same convention
                checkHeader(dialect, sql.load(SqlCatalog.seriesName(shared.name())), String.join(", ", shared.members().subList(0,
                        shared.members().size() - 1)) + " and " + shared.members().get(shared.members().size() - 1) + ":");
            }
        }
    }

    @Test
    void sharedQueriesNameKnownKpisOnce() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (KpiCatalog.SharedQuery shared : KpiCatalog.SHARED_QUERIES) {
            assertThat(shared.members()).hasSizeGreaterThan(1);
            for (String id : shared.members()) {
                assertThat(catalog.byId(id)).as(id).isPresent();
                assertThat(seen.add(id)).as(id + " belongs to one shared query").isTrue();
                assertThat(catalog.byId(shared.name())).as("a shared query is not named like a KPI").isEmpty();
                assertThat(COMPUTED_FROM_OTHERS).doesNotContain(id);
            }
        }
    }

    @Test
    void aReadingNamesTheKpisItsSharedFileReadsTogetherButNotForAUsersOwnFile() {
        KpiDefinition retention = catalog.byId("retention_d7").orElseThrow();
        java.util.function.Function<String, String> text = source -> new KpiReading(new KpiValue("retention_d7", retention, 0.4,
                io.liveops.console.shared.Status.OK, null, source, 5), "Retention D7", "40.0 %", "ok", "", "", List.of(), "",
                java.time.LocalDate.of(2025, 11, 20), true).sqlSourceText();
        assertThat(text.apply("sql/warehouse/sqlite/series/daily_visitors.sql")).isEqualTo("sql/warehouse/sqlite/series/"
                + "daily_visitors.sql (one query for dau, retention_d1, retention_d7 and retention_d30)");
        assertThat(text.apply("/home/ann/.config/liveops-console/sql/warehouse/postgresql/series/retention_d7.sql"))
                .isEqualTo("/home/ann/.config/liveops-console/sql/warehouse/postgresql/series/retention_d7.sql");
        assertThat(text.apply("C:\\Users\\ann\\sql\\warehouse\\sqlite\\series\\daily_visitors.sql")).endsWith("(one query for "
                + "dau, retention_d1, retention_d7 and retention_d30)");
        assertThat(KpiCatalog.sharedQueryOf("wau").orElseThrow().membersText()).isEqualTo("wau, mau and churn_d30");
    }

    private static void checkHeader(Dialect dialect, SqlCatalog.SqlFile file, String names) {
        assertThat(file.sql()).as(file.source()).startsWith("-- " + names).contains(dialect == Dialect.SQLITE
                ? "-- Series convention: ?1 is the first and ?2 the last day"
                : "-- Series convention: the two placeholders are the first and the last day");
        String code = file.sql().lines().filter(l -> !l.strip().startsWith("--")).collect(java.util.stream.Collectors.joining("\n"));
        if (dialect == Dialect.SQLITE) {
            // numbered placeholders only, so each day can be used as often as the query needs it
            assertThat(code).as(file.source()).containsPattern("\\?1\\b").doesNotContainPattern("\\?(?![12]\\b)");
        } else {
            // placeholders only in the SQL, never in comments, so the two placeholders stay countable
            assertThat(code.chars().filter(c -> c == '?').count()).as(file.source()).isEqualTo(2);
            file.sql().lines().filter(l -> l.strip().startsWith("--")).forEach(l -> assertThat(l).as(file.source()).doesNotContain("?"));
        }
    }
}
