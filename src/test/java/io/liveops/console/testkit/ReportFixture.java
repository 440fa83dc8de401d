package io.liveops.console.testkit;

import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.report.core.WeeklyNumbersService;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseInspector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The weekly report's numbers service on {@link HandBuiltWarehouse} with its report weeks ({@link HandBuiltWarehouse#loadWeeks}),
 * on SQLite or PostgreSQL. Today is Friday 2026-01-09 ({@link #CLOCK}); the last day with sessions is 2026-01-07.
 */
public final class ReportFixture implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-09T08:00:00Z"), ZoneOffset.UTC);

    private final String jdbcUrl;
    private final Warehouse warehouse;
    private final KpiService kpis;
    private final WeeklyNumbersService numbers;

    private ReportFixture(String jdbcUrl, Warehouse warehouse, KpiService kpis, WeeklyNumbersService numbers) {
        this.jdbcUrl = jdbcUrl;
        this.warehouse = warehouse;
        this.kpis = kpis;
        this.numbers = numbers;
    }

    public static ReportFixture open(Dialect dialect, Path tempDir) {
        try (WarehouseFixture f = WarehouseFixture.create(dialect, tempDir)) {
            HandBuiltWarehouse.load(f);
            HandBuiltWarehouse.loadWeeks(f);
            Warehouse w = f.open();
            Thresholds defaults = new ThresholdConfig(tempDir.resolve("no-config")).defaults();
            KpiService kpis = new KpiService(w, new SqlCatalog(dialect, null), () -> defaults, Duration.ofSeconds(30), CLOCK);
            WarehouseInspector inspector = new WarehouseInspector(w, new SqlCatalog(dialect, null));
            return new ReportFixture(f.jdbcUrl(), w, kpis, new WeeklyNumbersService(kpis, c -> inspector.latestDay(Duration.ofSeconds(30), c), CLOCK));
        }
    }

    public WeeklyNumbersService numbers() {
        return numbers;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    /** The warehouse's JDBC URL, for the command line. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() {
        kpis.close();
        warehouse.close();
    }
}
