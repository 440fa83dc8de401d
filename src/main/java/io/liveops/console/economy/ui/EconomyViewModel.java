package io.liveops.console.economy.ui;

import io.liveops.console.shared.DisplayFormats;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.economy.core.EconomyReport;
import io.liveops.console.economy.core.Fraud;
import io.liveops.console.economy.core.Gauge;
import io.liveops.console.economy.core.Ledger;
import io.liveops.console.economy.core.Prices;
import io.liveops.console.economy.core.Recommendation;
import io.liveops.console.economy.core.Recommendations;
import io.liveops.console.economy.core.Season;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.ThresholdText;
import io.liveops.console.kpi.core.Thresholds;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Economy tab's state. It follows the KPI board's as-of day and refreshes after the board does (a new warehouse, a
 * threshold edit, auto-refresh). Results belong to the day and currency on screen: changing either clears them; a reload
 * of the same inputs keeps them with an <i>updating</i> mark, and a failed one keeps them marked <i>stale</i>.
 */
public final class EconomyViewModel {

    /** Loads the economy for a day and currency (null: the KPI's currency); the console passes EconomyService::load. */
    @FunctionalInterface
    public interface Loader {
        EconomyReport load(LocalDate asOf, String currency, BackgroundTask.Progress progress, Cancellation cancellation) throws Exception;
    }

    private static final DateTimeFormatter TIME = DisplayFormats.TIME;

    private final Loader loader;
    private final TaskExecutor executor;
    private final Supplier<Thresholds> thresholds;
    private final Clock clock;
    private final ZoneId zone;
    private final KpiFormat format;
    private final ThresholdText thresholdText;
    private final Recommendations advice;
    private final ExploitIncidentViewModel incident;

    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ObjectProperty<String> currency = new SimpleObjectProperty<>(this, "currency");
    private final BooleanProperty updating = new SimpleBooleanProperty(this, "updating");
    private final BooleanProperty stale = new SimpleBooleanProperty(this, "stale");
    private final StringProperty stateText = new SimpleStringProperty(this, "stateText", "");
    private final Map<Gauge, ObjectProperty<GaugeState>> gauges = new EnumMap<>(Gauge.class);
    private final StringProperty seasonText = new SimpleStringProperty(this, "seasonText", "");
    private final StringProperty baseWindowText = new SimpleStringProperty(this, "baseWindowText", "");
    private final ObservableList<Recommendation> recommendations = FXCollections.observableArrayList();
    private final StringProperty recommendationsNote = new SimpleStringProperty(this, "recommendationsNote", "");
    private final ObjectProperty<Ledger> ledger = new SimpleObjectProperty<>(this, "ledger");
    private final StringProperty ledgerProblem = new SimpleStringProperty(this, "ledgerProblem", "");
    private final ObservableList<EconomyRows.ReasonRow> reasonRows = FXCollections.observableArrayList();
    private final ObjectProperty<Prices> prices = new SimpleObjectProperty<>(this, "prices");
    private final StringProperty pricesProblem = new SimpleStringProperty(this, "pricesProblem", "");
    private final ObservableList<EconomyRows.ItemRow> itemRows = FXCollections.observableArrayList();
    private final ObjectProperty<Fraud> fraud = new SimpleObjectProperty<>(this, "fraud");
    private final StringProperty fraudProblem = new SimpleStringProperty(this, "fraudProblem", "");
    private final ObservableList<EconomyRows.RuleRow> ruleRows = FXCollections.observableArrayList();
    private final ObservableList<EconomyRows.UserRow> userRows = FXCollections.observableArrayList();
    private final ObjectProperty<EconomyReport> report = new SimpleObjectProperty<>(this, "report");

    private boolean active;
    private boolean showingCurrency;
    private Cancellation running;
    /** The day whose board refresh this tab already loads for (the board refreshes on the same day change). */
    private LocalDate boardRefreshFollowed;

    /**
     * @param boardAsOf     the KPI board's as-of day (one shared day)
     * @param boardSnapshot the board's snapshot: a new one means the board refreshed, null that its warehouse changed
     */
    public EconomyViewModel(Loader loader, ExploitIncidentViewModel incident, TaskExecutor executor, Supplier<Thresholds> thresholds,
                            Clock clock, ZoneId zone, KpiFormat format, ObservableValue<LocalDate> boardAsOf,
                            ObservableValue<KpiSnapshot> boardSnapshot) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.incident = Objects.requireNonNull(incident, "incident");
        this.executor = executor;
        this.thresholds = thresholds;
        this.clock = clock;
        this.zone = zone;
        this.format = format;
        this.thresholdText = new ThresholdText(format);
        this.advice = new Recommendations(format);
        for (Gauge g : Gauge.values()) {
            gauges.put(g, new SimpleObjectProperty<>(this, g.kpiId()));
        }
        asOf.bind(boardAsOf);
        clear("Open the tab to load the economy.");
        asOf.addListener((obs, old, day) -> {
            boardRefreshFollowed = day;
            inputsChanged();
        });
        currency.addListener((obs, old, cur) -> {
            if (!showingCurrency && cur != null && !cur.equals(old)) {
                inputsChanged();
            }
        });
        boardSnapshot.addListener((obs, old, snap) -> {
            if (snap == null) {
                // the board switched warehouses: what is shown, and the currency picked, belong to the old one
                showingCurrency = true;
                currency.set(null);
                showingCurrency = false;
                clear("Waiting for the KPI board to read the warehouse…");
            } else if (snap.asOf().equals(asOf.get())) {
                // the board's refresh after a day change is the one this tab started loading for already, unless that load failed
                boolean followed = snap.asOf().equals(boardRefreshFollowed) && (running != null || (report.get() != null && !stale.get()));
                boardRefreshFollowed = null;
                if (!followed) {
                    load(true);
                }
            }
        });
    }

    /** Starts loading when the tab is first shown; the tab costs nothing until then. */
    public void activate() {
        if (!active) {
            active = true;
            load(false);
        }
    }

    /** Loads again for the same day and currency, keeping what is shown meanwhile (the Refresh button; F5 refreshes the board, then this). */
    public void refresh() {
        load(true);
    }

    /** The fraud card's Open incident: declares the exploit incident once, then shows the open one. */
    public void openIncident() {
        EconomyReport r = report.get();
        if (r != null) {
            incident.open(r, thresholdText.describe(GaugeState.unitOf(Gauge.FRAUD), thresholds.get().get(Gauge.FRAUD.kpiId())));
        }
    }

    private void inputsChanged() {
        if (active) {
            load(false);
        } else {
            clear("Open the tab to load the economy.");
        }
    }

    private void load(boolean keepShown) {
        LocalDate day = asOf.get();
        if (!active || day == null) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        if (!keepShown) {
            clear("Loading the economy for " + day + "…");
        }
        String cur = currency.get();
        updating.set(true);
        stateText.set(report.get() == null ? "Loading…" : "Updating…");
        running = executor.execute(BackgroundTask.of("Loading the economy for " + day, (p, c) -> loader.load(day, cur, p, c))
                .onSuccess(r -> {
                    if (day.equals(asOf.get()) && Objects.equals(cur, currency.get())) {
                        show(r);
                    }
                })
                .onFailure(e -> {
                    if (day.equals(asOf.get()) && Objects.equals(cur, currency.get())) {
                        failed(e.getMessage() == null ? e.toString() : e.getMessage());
                    }
                })
                .onCancelled(() -> { }));
    }

    private void show(EconomyReport r) {
        running = null;
        updating.set(false);
        if (r.allFailed()) {
            failed(r.failures().get(0));
            return;
        }
        stale.set(false);
        report.set(r);
        stateText.set("Updated " + TIME.format(r.loadedAt().atZone(zone)) + (r.failures().isEmpty() ? "" : " · "
                + r.failures().size() + (r.failures().size() == 1 ? " part failed" : " parts failed")));
        showingCurrency = true;
        try {
            currencies.setAll(r.currencies());
            currency.set(r.currency());
        } finally {
            showingCurrency = false;
        }
        Thresholds th = thresholds.get();
        KpiCatalog catalog = KpiCatalog.standard();
        for (Gauge g : Gauge.values()) {
            gauges.get(g).set(GaugeState.of(r.gauge(g), title(catalog, g, r.currency()), th.get(g.kpiId()),
                    thresholdText.describe(GaugeState.unitOf(g), th.get(g.kpiId())), format));
        }
        if (r.season().present()) {
            Season s = r.season().value();
            seasonText.set(s.name() + " (" + s.seasonId() + "): " + s.startsOn() + " to " + s.endsOn());
            baseWindowText.set("Inflation base window: " + s.baseFrom() + " to " + s.baseTo() + " (the season's first 7 days)");
        } else {
            seasonText.set(r.season().problem());
            baseWindowText.set("No base window, so no inflation index for " + r.asOf() + ".");
        }
        recommendations.setAll(advice.of(r, th));
        recommendationsNote.set(recommendations.isEmpty() ? "Every gauge is in its healthy range: nothing to do." : "");
        ledger.set(r.ledger().value());
        ledgerProblem.set(r.ledger().present() ? "" : r.ledger().problem());
        reasonRows.setAll(r.ledger().present() ? EconomyRows.reasons(r.ledger().value(), format) : java.util.List.of());
        prices.set(r.prices().value());
        pricesProblem.set(r.prices().present() ? "" : r.prices().problem());
        itemRows.setAll(r.prices().present() ? EconomyRows.items(r.prices().value(), format) : java.util.List.of());
        fraud.set(r.fraud().value());
        fraudProblem.set(r.fraud().present() ? "" : r.fraud().problem());
        ruleRows.setAll(r.fraud().present() ? EconomyRows.rules(r.fraud().value()) : java.util.List.of());
        userRows.setAll(r.fraud().present() ? EconomyRows.users(r.fraud().value()) : java.util.List.of());
    }

    private void failed(String message) {
        running = null;
        updating.set(false);
        if (report.get() == null) {
            stateText.set("Could not load the economy: " + message);
            for (Gauge g : Gauge.values()) {
                gauges.get(g).set(GaugeState.waiting(g, title(KpiCatalog.standard(), g, currency.get()), message,
                        thresholds.get().get(g.kpiId())));
            }
            return;
        }
        stale.set(true);
        stateText.set("Stale since " + TIME.format(clock.instant().atZone(zone)) + ": " + message);
    }

    private void clear(String note) {
        if (running != null) {
            running.cancel();
            running = null;
        }
        report.set(null);
        stale.set(false);
        updating.set(false);
        stateText.set("");
        Thresholds th = thresholds.get();
        for (Gauge g : Gauge.values()) {
            gauges.get(g).set(GaugeState.waiting(g, title(KpiCatalog.standard(), g, currency.get()), note, th.get(g.kpiId())));
        }
        seasonText.set("");
        baseWindowText.set("");
        recommendations.clear();
        recommendationsNote.set(note);
        ledger.set(null);
        ledgerProblem.set(note);
        reasonRows.clear();
        prices.set(null);
        pricesProblem.set(note);
        itemRows.clear();
        fraud.set(null);
        fraudProblem.set(note);
        ruleRows.clear();
        userRows.clear();
        incident.reset();
    }

    private static String title(KpiCatalog catalog, Gauge g, String currency) {
        String label = catalog.byId(g.kpiId()).map(d -> d.label()).orElse(g.kpiId());
        return g == Gauge.RATIO && currency != null ? label + " · " + currency : label;
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObservableList<String> currencies() {
        return currencies;
    }

    public ObjectProperty<String> currencyProperty() {
        return currency;
    }

    public ReadOnlyBooleanProperty updatingProperty() {
        return updating;
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale;
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText;
    }

    public ReadOnlyObjectProperty<GaugeState> gaugeProperty(Gauge g) {
        return gauges.get(g);
    }

    public ReadOnlyStringProperty seasonTextProperty() {
        return seasonText;
    }

    public ReadOnlyStringProperty baseWindowTextProperty() {
        return baseWindowText;
    }

    public ObservableList<Recommendation> recommendations() {
        return recommendations;
    }

    public ReadOnlyStringProperty recommendationsNoteProperty() {
        return recommendationsNote;
    }

    public ReadOnlyObjectProperty<Ledger> ledgerProperty() {
        return ledger;
    }

    public ReadOnlyStringProperty ledgerProblemProperty() {
        return ledgerProblem;
    }

    public ObservableList<EconomyRows.ReasonRow> reasonRows() {
        return reasonRows;
    }

    public ReadOnlyObjectProperty<Prices> pricesProperty() {
        return prices;
    }

    public ReadOnlyStringProperty pricesProblemProperty() {
        return pricesProblem;
    }

    public ObservableList<EconomyRows.ItemRow> itemRows() {
        return itemRows;
    }

    public ReadOnlyObjectProperty<Fraud> fraudProperty() {
        return fraud;
    }

    public ReadOnlyStringProperty fraudProblemProperty() {
        return fraudProblem;
    }

    public ObservableList<EconomyRows.RuleRow> ruleRows() {
        return ruleRows;
    }

    public ObservableList<EconomyRows.UserRow> userRows() {
        return userRows;
    }

    /** The report on screen (null while nothing is). */
    public ReadOnlyObjectProperty<EconomyReport> reportProperty() {
        return report;
    }

    /** The threshold store's thresholds now (the view draws the index chart's bands from them). */
    public Thresholds thresholds() {
        return thresholds.get();
    }

    public ExploitIncidentViewModel incident() {
        return incident;
    }
}
