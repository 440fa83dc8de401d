package io.liveops.console.economy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.economy.core.EconomyReport;
import io.liveops.console.economy.core.ExploitIncidentService;
import io.liveops.console.economy.core.Fraud;
import io.liveops.console.economy.core.Gauge;
import io.liveops.console.economy.core.GaugeReading;
import io.liveops.console.economy.core.Ledger;
import io.liveops.console.economy.core.LedgerDay;
import io.liveops.console.economy.core.Part;
import io.liveops.console.economy.core.Prices;
import io.liveops.console.economy.core.Recommendation;
import io.liveops.console.economy.core.Season;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.Status;
import io.liveops.console.incident.core.TimelineEntry;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.testkit.RecordingNavigator;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.WarehouseException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Economy tab's ViewModel with hand-made reports: each recommendation of the playbook, the Open-incident flow
 * (declared once, then the open one is shown), and results that belong to the day and currency on screen.
 */
class EconomyViewModelTest {

    private static final LocalDate D = LocalDate.of(2025, 11, 20);
    private static final Thresholds DEFAULTS = new ThresholdConfig(Path.of("no-config")).defaults();

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2025-11-21T08:00:00Z");
    private final ObjectProperty<LocalDate> boardAsOf = new SimpleObjectProperty<>(D);
    private final ObjectProperty<KpiSnapshot> boardSnapshot = new SimpleObjectProperty<>();
    private final List<String> opened = new ArrayList<>();
    private final List<String> loads = new ArrayList<>();
    private StateStore store;
    private IncidentService incidents;
    private EconomyReport next;
    private RuntimeException failure;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private EconomyViewModel vm(SeverityPolicy.Preset preset) {
        store = StateStore.openSqlite(dir.resolve("state.db"), clock);
        incidents = new IncidentService(new IncidentRepository(store), clock, SeverityPolicy.load(preset, dir).value(), null);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        EconomyViewModel vm = new EconomyViewModel((day, currency, p, c) -> {
            loads.add(day + " " + currency);
            if (failure != null) {
                throw failure;
            }
            return next;
        }, new ExploitIncidentViewModel(new ExploitIncidentService(incidents), new RecordingNavigator(opened), executor), executor,
                () -> DEFAULTS, clock, ZoneId.of("UTC"), new KpiFormat(Locale.US), boardAsOf, boardSnapshot);
        return vm;
    }

    // ------------------------------------------------------------------ reports by hand

    private static GaugeReading gauge(Gauge g, Double value) {
        return value == null ? GaugeReading.missing(g, "unknown: no season contains this day", "")
                : GaugeReading.of(g, value, DEFAULTS.statusOf(g.kpiId(), value), "");
    }

    /** gold: quest_reward 100 → 150 and match_win 60 → 30 earned; shop_purchase 20 → 40 and upgrade 80 → 60 spent. */
    private static Ledger ledger(LocalDate day) {
        LocalDate cur = day;
        LocalDate prev = day.minusDays(7);
        return new Ledger("gold", day, List.of(
                new LedgerDay(cur, "quest_reward", 150, 0), new LedgerDay(cur, "match_win", 30, 0),
                new LedgerDay(cur, "shop_purchase", 0, 40), new LedgerDay(cur, "upgrade", 0, 60),
                new LedgerDay(prev, "quest_reward", 100, 0), new LedgerDay(prev, "match_win", 60, 0),
                new LedgerDay(prev, "shop_purchase", 0, 20), new LedgerDay(prev, "upgrade", 0, 80)));
    }

    private static Fraud fraud(LocalDate day) {
        return new Fraud(day, List.of(new Fraud.DayCount(day, "market_wash_trade", 5), new Fraud.DayCount(day, "speed_hack", 1)),
                List.of(new Fraud.RuleCount("market_wash_trade", "high", 5), new Fraud.RuleCount("speed_hack", "low", 1)),
                List.of(new Fraud.UserCount(42, 4), new Fraud.UserCount(7, 2)), 2);
    }

    private static EconomyReport report(LocalDate day, Double inflation, Double ratio, Double flags) {
        Season s1 = new Season("S1", "Season 1", LocalDate.of(2025, 10, 20), LocalDate.of(2025, 12, 1));
        return new EconomyReport(day, "gold", "gold", List.of("gems", "gold"), gauge(Gauge.INFLATION, inflation), gauge(Gauge.RATIO, ratio),
                gauge(Gauge.FRAUD, flags), Part.of(s1), Part.of(ledger(day)), Part.of(new Prices(s1, day, List.of(), List.of(), List.of())),
                Part.of(fraud(day)), Set.of(), java.time.Instant.parse("2025-11-21T08:00:00Z"));
    }

    private static Recommendation only(EconomyViewModel vm) {
        assertThat(vm.recommendations()).hasSize(1);
        return vm.recommendations().get(0);
    }

    // ------------------------------------------------------------------ recommendations

    @Test
    void inflationAboveWarningRecommendsReducingEarnLimitsNamingTheSourcesThatGrew() {
        next = report(D, 1.12, 1.2, 0.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.GAME);
        vm.activate();
        Recommendation r = only(vm);
        assertThat(r.gauge()).isEqualTo(Gauge.INFLATION);
        assertThat(r.status()).isEqualTo(io.liveops.console.shared.Status.WARNING);
        assertThat(r.action()).isEqualTo("Reduce earn limits");
        assertThat(r.text()).contains("The inflation index is 1.120").contains("warning above 1.100")
                .contains("12.0 % more than in the season's base window [2025-10-20, 2025-10-26]")
                .contains("sources that grew most week over week: quest_reward +50.0 % (100 → 150)").doesNotContain("match_win");
        assertThat(r.opensIncident()).isFalse();
        assertThat(vm.gaugeProperty(Gauge.INFLATION).get().statusText()).isEqualTo("warning");
    }

    @Test
    void aRatioBelowTheBandRecommendsRaisingDropRates() {
        next = report(D, 1.0, 0.9, 0.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.GAME);
        vm.activate();
        Recommendation r = only(vm);
        assertThat(r.gauge()).isEqualTo(Gauge.RATIO);
        assertThat(r.action()).isEqualTo("Raise drop rates or add sources");
        assertThat(r.text()).contains("Players earned 180 gold and spent 100").contains("ratio is 0.90")
                .contains("ok from 1.00 to 1.50").contains("sources that shrank most week over week: match_win -50.0 % (60 → 30)");
    }

    @Test
    void aRatioAboveTheBandRecommendsSinksNamingTheSinksThatShrank() {
        next = report(D, 1.0, 1.8, 0.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.GAME);
        vm.activate();
        Recommendation r = only(vm);
        assertThat(r.action()).isEqualTo("Add sinks");
        assertThat(r.status()).isEqualTo(io.liveops.console.shared.Status.WARNING);
        assertThat(r.text()).contains("ratio is 1.80").contains("sinks that shrank most week over week: upgrade -25.0 % (80 → 60)")
                .doesNotContain("shop_purchase");
    }

    @Test
    void fraudAtWarningRecommendsAnInvestigationNamingTheTopRule() {
        next = report(D, 1.0, 1.2, 6.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.GAME);
        vm.activate();
        Recommendation r = only(vm);
        assertThat(r.gauge()).isEqualTo(Gauge.FRAUD);
        assertThat(r.action()).isEqualTo("Start a security investigation");
        assertThat(r.text()).contains("6 fraud flags on 2025-11-20").contains("warning at or above 5")
                .contains("Top rule: market_wash_trade with 5 flags (83.3 %)").contains("2 users flagged, most: user 42 (4), user 7 (2)");
        assertThat(r.opensIncident()).isTrue();
    }

    @Test
    void healthyGaugesNeedNoCard() {
        next = report(D, 1.0, 1.2, 4.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.GAME);
        vm.activate();
        assertThat(vm.recommendations()).isEmpty();
        assertThat(vm.recommendationsNoteProperty().get()).isEqualTo("Every gauge is in its healthy range: nothing to do.");
    }

    @Test
    void aGaugeWithoutValueSaysWhyAndTheOthersStillJudge() {
        next = report(D, null, 1.8, 25.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.GAME);
        vm.activate();
        GaugeState inflation = vm.gaugeProperty(Gauge.INFLATION).get();
        assertThat(inflation.value()).isNull();
        assertThat(inflation.statusText()).isEqualTo("no data");
        assertThat(inflation.note()).isEqualTo("unknown: no season contains this day");
        // the critical card first
        assertThat(vm.recommendations()).extracting(Recommendation::gauge).containsExactly(Gauge.FRAUD, Gauge.RATIO);
        assertThat(vm.recommendations().get(0).status()).isEqualTo(io.liveops.console.shared.Status.CRITICAL);
    }

    @Test
    void theDialShowsTheThresholdsBandsAndHoldsTheValue() {
        next = report(D, 1.12, 3.52, 28.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.GAME);
        vm.activate();
        GaugeState ratio = vm.gaugeProperty(Gauge.RATIO).get();
        assertThat(ratio.bands()).extracting(GaugeState.Band::status).containsExactly(io.liveops.console.shared.Status.CRITICAL,
                io.liveops.console.shared.Status.WARNING, io.liveops.console.shared.Status.OK, io.liveops.console.shared.Status.WARNING,
                io.liveops.console.shared.Status.CRITICAL);
        assertThat(ratio.bands().get(2)).isEqualTo(new GaugeState.Band(1.0, 1.5, io.liveops.console.shared.Status.OK));
        assertThat(ratio.max()).isGreaterThanOrEqualTo(3.52);
        assertThat(ratio.valueText()).isEqualTo("3.52");
        GaugeState flags = vm.gaugeProperty(Gauge.FRAUD).get();
        assertThat(flags.min()).isZero();
        assertThat(flags.bands()).extracting(GaugeState.Band::from).containsExactly(0.0, 5.0, 20.0);
        assertThat(flags.max()).isGreaterThanOrEqualTo(28);
    }

    // ------------------------------------------------------------------ Open incident

    @Test
    void openIncidentDeclaresOnceWithTheEvidenceThenShowsTheOpenOne() {
        next = report(D, 1.0, 1.2, 6.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.GAME);
        vm.activate();
        vm.openIncident();
        List<Incident> all = incidents.all();
        assertThat(all).hasSize(1);
        Incident i = all.get(0);
        assertThat(i.title()).isEqualTo("Economy exploit suspected");
        assertThat(i.severity()).as("the game preset: an economy exploit is P0").isEqualTo(Severity.P0);
        assertThat(i.feature()).isEqualTo("economy");
        assertThat(i.description()).contains("6 fraud flags on 2025-11-20").contains("market_wash_trade 5, speed_hack 1")
                .contains("2 flagged; most flags: user 42 ×4, user 7 ×2");
        assertThat(incidents.timeline(i)).extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.NOTE);
        assertThat(incidents.timeline(i)).filteredOn(e -> e.kind() == TimelineEntry.Kind.NOTE).first()
                .extracting(TimelineEntry::text).asString().contains("market_wash_trade high 5").contains("speed_hack low 1");
        assertThat(opened).containsExactly("incidents " + i.id());
        assertThat(vm.incident().messageProperty().get()).isEqualTo("Declared P0 incident #" + i.id() + " with the evidence.");

        vm.openIncident();
        assertThat(incidents.all()).hasSize(1);
        assertThat(opened).containsExactly("incidents " + i.id(), "incidents " + i.id());
        assertThat(vm.incident().messageProperty().get()).contains("is open already");

        // once resolved, a new suspicion is a new incident
        incidents.resolve(io.liveops.console.incident.core.ActionId.random(), i, "Exploit closed");
        vm.openIncident();
        assertThat(incidents.all()).hasSize(2);
        assertThat(opened).hasSize(3).last().isNotEqualTo("incidents " + i.id());
    }

    @Test
    void theSagePresetDeclaresTheExploitAtP1() {
        next = report(D, 1.0, 1.2, 25.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.SAGE);
        vm.activate();
        vm.openIncident();
        assertThat(incidents.all()).singleElement().extracting(Incident::severity).isEqualTo(Severity.P1);
    }

    // ------------------------------------------------------------------ what is on screen belongs to the inputs

    @Test
    void nothingLoadsUntilTheTabIsShownThenItFollowsTheBoardsDay() {
        next = report(D, 1.0, 1.2, 0.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.GAME);
        assertThat(loads).isEmpty();
        vm.activate();
        assertThat(loads).containsExactly("2025-11-20 null");
        assertThat(vm.currencyProperty().get()).isEqualTo("gold");
        assertThat(vm.currencies()).containsExactly("gems", "gold");
        next = report(D.minusDays(1), 1.0, 1.2, 0.0);
        boardAsOf.set(D.minusDays(1));
        assertThat(loads).containsExactly("2025-11-20 null", "2025-11-19 gold");
        assertThat(vm.reportProperty().get().asOf()).isEqualTo(D.minusDays(1));
    }

    @Test
    void aNewDayClearsWhatWasShownAndAFailedReloadKeepsItMarkedStale() {
        next = report(D, 1.12, 1.2, 0.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.GAME);
        vm.activate();
        failure = new WarehouseException("Cannot reach warehouse 'Demo': connection refused.");
        vm.refresh();
        assertThat(vm.staleProperty().get()).isTrue();
        assertThat(vm.stateTextProperty().get()).startsWith("Stale since 08:00: Cannot reach warehouse");
        assertThat(vm.gaugeProperty(Gauge.INFLATION).get().value()).isEqualTo(1.12);
        assertThat(vm.recommendations()).hasSize(1);

        boardAsOf.set(D.minusDays(1));
        assertThat(vm.reportProperty().get()).isNull();
        assertThat(vm.recommendations()).isEmpty();
        assertThat(vm.gaugeProperty(Gauge.INFLATION).get().value()).isNull();
        assertThat(vm.gaugeProperty(Gauge.INFLATION).get().note()).contains("Cannot reach warehouse");
    }

    @Test
    void aDayChangeLoadsOnceThoughTheBoardRefreshesForItToo() {
        next = report(D, 1.0, 1.2, 0.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.GAME);
        vm.activate();
        next = report(D.minusDays(1), 1.0, 1.2, 0.0);
        boardAsOf.set(D.minusDays(1));
        boardSnapshot.set(new KpiSnapshot(D.minusDays(1), Dialect.SQLITE, List.of(), clock.instant(), 10));
        assertThat(loads).containsExactly("2025-11-20 null", "2025-11-19 gold");
        // the board's next refresh of that day (auto-refresh, F5, a threshold edit) loads again
        clock.advance(java.time.Duration.ofMinutes(5));
        boardSnapshot.set(new KpiSnapshot(D.minusDays(1), Dialect.SQLITE, List.of(), clock.instant(), 10));
        assertThat(loads).hasSize(3);
    }

    @Test
    void theBoardsRefreshReloadsAndItsWarehouseSwitchClears() {
        next = report(D, 1.0, 1.2, 0.0);
        EconomyViewModel vm = vm(SeverityPolicy.Preset.GAME);
        vm.activate();
        vm.currencyProperty().set("gems");
        assertThat(loads).containsExactly("2025-11-20 null", "2025-11-20 gems");
        clock.advance(java.time.Duration.ofMinutes(5));
        boardSnapshot.set(new KpiSnapshot(D, Dialect.SQLITE, List.of(), clock.instant(), 10));
        assertThat(loads).hasSize(3);
        boardSnapshot.set(null);
        assertThat(vm.reportProperty().get()).isNull();
        assertThat(vm.currencyProperty().get()).isNull();
    }
}
