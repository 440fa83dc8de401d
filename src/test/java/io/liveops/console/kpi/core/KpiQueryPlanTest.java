package io.liveops.console.kpi.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.testkit.HandBuiltWarehouse;
import io.liveops.console.testkit.WarehouseFixture;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a warehouse with only the contract's primary keys, no KPI query may read {@code sessions} from a correlated
 * sub-query: SQLite would run it once per outer row (per cohort member), scanning the whole table each time.
 */
class KpiQueryPlanTest {

    @TempDir
    Path tempDir;

    private record PlanRow(int id, int parent, String detail) {}

    private static List<PlanRow> plan(Connection c, String sql) throws SQLException {
        List<PlanRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            int n = ps.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= n; i++) {
                ps.setString(i, i == 1 && n == 2 ? HandBuiltWarehouse.D.minusDays(89).toString() : HandBuiltWarehouse.D.toString());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PlanRow(rs.getInt(1), rs.getInt(2), rs.getString(4)));
                }
            }
        }
        return rows;
    }

    /** The plan lines that read sessions (by name or by one of its aliases in the SQL) under a correlated sub-query. */
    private static List<String> correlatedSessionReads(String sql, List<PlanRow> plan) {
        Set<String> names = new HashSet<>(Set.of("sessions"));
        Matcher alias = Pattern.compile("(?i)\\bsessions\\s+(?:AS\\s+)?([a-z_][a-z0-9_]*)").matcher(sql);
        while (alias.find()) {
            names.add(alias.group(1));
        }
        Pattern reads = Pattern.compile("(SCAN|SEARCH) (?:TABLE )?(" + String.join("|", names) + ")\\b.*");
        Map<Integer, PlanRow> byId = new HashMap<>();
        plan.forEach(r -> byId.put(r.id(), r));
        List<String> found = new ArrayList<>();
        for (PlanRow r : plan) {
            if (!reads.matcher(r.detail()).matches()) {
                continue;
            }
            for (PlanRow up = byId.get(r.parent()); up != null; up = byId.get(up.parent())) {
                if (up.detail().contains("CORRELATED")) {
                    found.add(up.detail() + " > " + r.detail());
                    break;
                }
            }
        }
        return found;
    }

    @Test
    void noKpiReadsSessionsFromACorrelatedSubQueryWithoutSecondaryIndexes() throws Exception {
        String url;
        try (WarehouseFixture f = WarehouseFixture.createWithoutIndexes(Dialect.SQLITE, tempDir)) {
            HandBuiltWarehouse.load(f);
            url = f.jdbcUrl();
        }
        SqlCatalog catalog = new SqlCatalog(Dialect.SQLITE, null);
        try (Connection c = DriverManager.getConnection(url)) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")) {
                assertThat(rs.next()).as("the warehouse has no secondary index").isFalse();
            }
            // the check itself: the pattern the engine used before (EXISTS per cohort member) is caught
            String perMember = "SELECT COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.user_id "
                    + "AND s.started_at >= ?)) FROM users u";
            assertThat(correlatedSessionReads(perMember, plan(c, perMember))).as(plan(c, perMember).toString()).isNotEmpty();

            Map<String, List<String>> offenders = new HashMap<>();
            for (KpiDefinition def : KpiCatalog.standard().all()) {
                if (KpiCatalogTest.COMPUTED_FROM_OTHERS.contains(def.id())) {
                    continue; // no SQL of its own
                }
                // the members of a shared query (wau, mau, churn_d30) are read by its file
                String sql = catalog.load(KpiCatalog.seriesFileOf(def.id())).sql();
                List<PlanRow> plan = plan(c, sql);
                assertThat(plan).as(def.id()).isNotEmpty();
                List<String> bad = correlatedSessionReads(sql, plan);
                if (!bad.isEmpty()) {
                    offenders.put(def.id(), bad);
                }
            }
            assertThat(offenders).isEmpty();
        }
    }
}
