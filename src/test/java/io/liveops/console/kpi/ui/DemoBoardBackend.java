package io.liveops.console.kpi.ui;

import io.liveops.console.background.FxScheduler;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** What a KPI view test runs on: the small demo warehouse, its KPI service, a state store and the FX executors. */
record DemoBoardBackend(Warehouse warehouse, KpiService service, StateStore state, FxTaskExecutor executor, FxScheduler scheduler,
                        Clock clock) implements AutoCloseable {

    static final Thresholds DEFAULTS = new ThresholdConfig(Path.of("no-user-config")).defaults();

    static DemoBoardBackend open(Path temp) {
        Clock clock = Clock.systemUTC();
        Warehouse warehouse = Warehouse.open(new WarehouseProfile("Demo", DemoFixture.smallDemoUrl(), null, null), Map.of());
        KpiService service = new KpiService(warehouse, new SqlCatalog(warehouse.dialect(), null), () -> DEFAULTS, Duration.ofSeconds(30),
                clock);
        StateStore state = StateStore.openSqlite(temp.resolve("state.db"), clock);
        return new DemoBoardBackend(warehouse, service, state, new FxTaskExecutor(2), new FxScheduler(), clock);
    }

    /** The board's view models wired as AppContext wires them, on this backend. */
    KpiBoardParts parts() {
        return KpiBoardParts.of(executor, scheduler, clock, () -> DEFAULTS, state.settings());
    }

    @Override
    public void close() {
        executor.close();
        scheduler.close();
        service.close();
        warehouse.close();
        state.close();
    }
}
