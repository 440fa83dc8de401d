package io.liveops.console.calendar.ui;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertHistoryRepository;
import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.calendar.core.CalendarExchange;
import io.liveops.console.calendar.core.CalendarRepository;
import io.liveops.console.calendar.core.CalendarService;
import io.liveops.console.calendar.core.CalendarTexts;
import io.liveops.console.calendar.core.CalendarWarehouse;
import io.liveops.console.calendar.core.Campaigns;
import io.liveops.console.calendar.core.RuleSetStore;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.shared.ExportFile;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.warehouse.WarehouseSession;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A calendar wired as AppContext wires it, on a temporary state store, a manual clock and scheduler, and a fake clipboard. */
final class CalendarFixture implements AutoCloseable {

    final MutableClock clock;
    final ManualScheduler scheduler;
    final StateStore store;
    final AlertCenter alerts;
    final List<Incident> incidents = new ArrayList<>();
    final List<String> clipboard = new ArrayList<>();
    final RuleSetStore rules;
    final CalendarService service;
    final CalendarViewModel vm;
    final RuleEditorViewModel ruleEditor;
    final CampaignsViewModel campaigns;
    final ExchangeViewModel exchange;
    WarehouseSession.Connection warehouse;

    CalendarFixture(Path dir, String now, ZoneId zone) {
        clock = MutableClock.at(now);
        scheduler = new ManualScheduler(clock);
        store = StateStore.openSqlite(dir.resolve("state.db"), clock);
        alerts = new AlertCenter(new AlertHistoryRepository(store), clock);
        rules = new RuleSetStore(RuleSetStore.userFileIn(dir.resolve("config")));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        CalendarTexts texts = new CalendarTexts(CalendarTexts.userDir(dir.resolve("config")));
        CalendarWarehouse reader = new CalendarWarehouse(Duration.ofSeconds(20));
        CalendarRepository repository = new CalendarRepository(store, clock);
        service = new CalendarService(repository, rules, texts, reader, () -> Optional.ofNullable(warehouse), () -> List.copyOf(incidents), alerts,
                clock, zone);
        vm = new CalendarViewModel(service, new ItemEditorViewModel(service, executor, clipboard::add, clock), executor, scheduler, clock);
        campaigns = new CampaignsViewModel(new Campaigns(rules, texts, reader, () -> Optional.ofNullable(warehouse)), executor);
        ruleEditor = new RuleEditorViewModel(rules, executor, vm::reload);
        exchange = new ExchangeViewModel(new CalendarExchange(service, repository, clock), vm,
                (title, name) -> Optional.of(new ExportFile(dir.resolve(name))),
                (title, kind, ext) -> Optional.of(new io.liveops.console.shared.ImportFile(dir.resolve("calendar." + ext))), executor);
    }

    CalendarService.Entry entry(String key) {
        return vm.find(key).orElseThrow(() -> new AssertionError("no entry " + key + " in " + vm.entries().stream().map(CalendarService.Entry::key).toList()));
    }

    @Override
    public void close() {
        vm.stop();
        store.close();
    }
}
