package io.liveops.console.kpi.core;

import io.liveops.console.shared.Status;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.warehouse.Dialect;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiReportTest {

    private final KpiCatalog catalog = KpiCatalog.standard();

    private KpiValue value(String id, Double v, Status status) {
        return new KpiValue(id, catalog.byId(id).orElseThrow(), v, status, null, "sql/warehouse/sqlite/x.sql", 1);
    }

    /** A snapshot with every contract KPI: dau 375, retention_d1 0.41, mrr 44.98, a failed nps, two symbols; the rest null. */
    private KpiSnapshot snapshot() {
        List<KpiValue> values = new ArrayList<>();
        for (KpiDefinition d : catalog.all()) {
            switch (d.id()) {
                case "dau" -> values.add(value("dau", 375.0, Status.OK));
                case "retention_d1" -> values.add(value("retention_d1", 0.41, Status.OK));
                case "mrr_usd" -> values.add(value("mrr_usd", 44.98, Status.OK));
                case "fear_greed" -> values.add(value("fear_greed", 35.0, Status.OK));
                case "nps_30d" -> values.add(new KpiValue("nps_30d", d, null, Status.UNKNOWN,
                        "KPI 'nps_30d' failed (SQL file sql/warehouse/sqlite/nps_30d.sql): no such table: nps_responses", "x", 2));
                case "watch_change_24h" -> {
                    values.add(value("watch_change_24h:BTC", 0.1, Status.CRITICAL));
                    values.add(value("watch_change_24h:ETH", null, Status.UNKNOWN));
                }
                default -> values.add(value(d.id(), null, Status.UNKNOWN));
            }
        }
        return new KpiSnapshot(LocalDate.of(2025, 11, 20), Dialect.SQLITE, values, Instant.parse("2025-11-21T08:00:00Z"), 123);
    }

    @Test
    void jsonHasTheDocumentedShape() {
        String json = KpiReport.jsonText(snapshot());
        assertThat(json).startsWith("{\"as_of\":\"2025-11-20\",\"dialect\":\"sqlite\",\"kpis\":{\"dau\":375,\"wau\":null,");
        assertThat(json).contains("\"retention_d1\":0.41,").contains("\"mrr_usd\":44.98,").contains("\"nps_30d\":null,")
                .contains("\"watch_change_24h:BTC\":0.1,\"watch_change_24h:ETH\":null,\"fear_greed\":35}")
                .contains("\"status\":{\"dau\":\"ok\",\"wau\":\"unknown\",")
                .endsWith("\"watch_change_24h:BTC\":\"critical\",\"watch_change_24h:ETH\":\"unknown\",\"fear_greed\":\"ok\"}}");
        var node = KpiReport.json(snapshot());
        List<String> ids = new ArrayList<>();
        node.get("kpis").fieldNames().forEachRemaining(ids::add);
        List<String> expected = new ArrayList<>(catalog.ids());
        expected.set(expected.indexOf("watch_change_24h"), "watch_change_24h:BTC");
        expected.add(expected.indexOf("fear_greed"), "watch_change_24h:ETH");
        assertThat(ids).containsExactlyElementsOf(expected);
        assertThat(node.get("kpis").get("dau").isIntegralNumber()).isTrue();
        assertThat(node.get("kpis").get("retention_d1").isDouble()).isTrue();
    }

    @Test
    void csvHasOneRowPerKpiWithStatusAndError() {
        String[] lines = KpiReport.csv(snapshot()).split("\n");
        assertThat(lines[0]).isEqualTo("kpi,value,status,error");
        assertThat(lines[1]).isEqualTo("dau,375,ok,");
        assertThat(lines).contains("retention_d1,0.41,ok,", "wau,,unknown,",
                "nps_30d,,unknown,\"KPI 'nps_30d' failed (SQL file sql/warehouse/sqlite/nps_30d.sql): no such table: nps_responses\"");
        assertThat(lines).hasSize(1 + catalog.all().size() + 1);
    }

    @Test
    void tableIsAlignedForATerminal() {
        KpiSnapshot snap = snapshot();
        String table = KpiReport.table(snap, new KpiReadModel(new KpiFormat(java.util.Locale.ROOT)).readings(snap, null, false, Thresholds.none()));
        String[] lines = table.split(System.lineSeparator());
        assertThat(lines[0]).isEqualTo("KPIs as of 2025-11-20 (sqlite, 123 ms)");
        assertThat(lines[1]).startsWith("KPI ").contains("VALUE").contains("STATUS");
        int statusColumn = lines[1].indexOf("STATUS");
        for (int i = 2; i < lines.length; i++) {
            assertThat(lines[i].substring(statusColumn)).matches("(ok|warning|critical|unknown).*");
        }
        assertThat(table).contains("$44.98").contains("41.0 %").contains("+10.0 %").contains("no such table: nps_responses");
    }
}
