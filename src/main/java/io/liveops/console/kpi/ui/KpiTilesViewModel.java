package io.liveops.console.kpi.ui;

import io.liveops.console.kpi.core.KpiAlertRules;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiGroup;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.KpiValue;
import io.liveops.console.kpi.core.Threshold;
import io.liveops.console.kpi.core.ThresholdText;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.kpi.core.TrendPoint;
import io.liveops.console.kpi.core.Unit;
import io.liveops.console.shared.Status;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.shared.JsonConfig;
import io.liveops.console.state.SettingsRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The KPI tiles: one {@link Tile} per KPI value of the board's snapshot, in the user's order without
 * the hidden ones, each with its formatted value, status word, change against the day before and the
 * same day last week, a 14-day sparkline, and whether it is loading, stale or failed. Also the detail
 * of the selected tile (its 90-day trend) and the board's layout and refresh interval, saved in the
 * state store.
 *
 * <p>Deltas and sparklines come from a second background phase after the board's snapshot: the
 * snapshots of D-13..D-1, cached per day for the warehouse in use (past days do not change while
 * the director looks at them, and values do not depend on thresholds; a new warehouse drops the cache).
 */
public final class KpiTilesViewModel {

    public static final int SPARK_DAYS = 14;
    public static final int TREND_DAYS = 90;
    static final String LAYOUT_SETTING = "kpi.tiles.layout";
    static final String INTERVAL_SETTING = "kpi.refreshIntervalMinutes";
    static final Duration STALE_TICK = Duration.ofSeconds(30);
    /**
     * How long a refresh runs before the tiles show their "updating" mark. A refresh that ends sooner
     * (the usual case) changes nothing on screen but the values: flagging every tile and clearing the
     * flag again a few dozen milliseconds later would repaint the whole board twice for nothing.
     */
    static final Duration LOADING_MARK_DELAY = Duration.ofMillis(300);
    /** How long after a new snapshot the missing past days start loading (see {@link #loadHistory}). */
    static final Duration HISTORY_DELAY = Duration.ofMillis(150);
    private static final int CACHED_DAYS = 120;

    /**
     * One tile as the view draws it.
     *
     * @param statusText  the status in words ("ok", "warning", "critical", "no data", "error"): colour is never the only cue
     * @param sparkline   oldest first, {@link #SPARK_DAYS} values ending with the as-of day; null for days without a value;
     *                    empty until the history is loaded
     * @param errorText   the query's one-sentence error, or null
     * @param staleText   set when the warehouse failed and the value is an older one: its age and the error
     * @param loading     a refresh has been running for {@link #LOADING_MARK_DELAY} or more; the value shown is the last one
     */
    public record Tile(String id, KpiGroup group, String label, Unit unit, Double value, String valueText, Status status,
                       String statusText, String dayDeltaText, String weekDeltaText, List<Double> sparkline, String errorText,
                       String staleText, boolean loading, String thresholdText, String sqlSource, String definition,
                       LocalDate asOf) {

        public Tile {
            sparkline = sparkline == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(sparkline));
        }

        public boolean failed() {
            return errorText != null;
        }

        public boolean stale() {
            return staleText != null;
        }

        /** The same tile with another loading flag. */
        public Tile withLoading(boolean isLoading) {
            return new Tile(id, group, label, unit, value, valueText, status, statusText, dayDeltaText, weekDeltaText, sparkline,
                    errorText, staleText, isLoading, thresholdText, sqlSource, definition, asOf);
        }
    }

    /** The saved layout: the user's order of tile ids (others follow in catalogue order) and the hidden ones. */
    public record Layout(@JsonProperty("order") List<String> order, @JsonProperty("hidden") Set<String> hidden) {
        public Layout {
            order = order == null ? List.of() : List.copyOf(order);
            hidden = hidden == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(hidden));
        }

        static Layout empty() {
            return new Layout(List.of(), Set.of());
        }
    }

    private final KpiBoardViewModel board;
    private final TaskExecutor executor;
    private final Scheduler scheduler;
    private final Clock clock;
    private final KpiFormat format;
    private final ThresholdText thresholdText;
    private final Supplier<Thresholds> thresholds;
    private final SettingsRepository settings;
    private final ObjectMapper json = JsonConfig.mapper();

    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<Tile> allTiles = FXCollections.observableArrayList();
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout", Layout.empty());
    private final IntegerProperty refreshMinutes = new SimpleIntegerProperty(this, "refreshMinutes", 5);
    private final BooleanProperty historyLoading = new SimpleBooleanProperty(this, "historyLoading", false);
    private final StringProperty historyError = new SimpleStringProperty(this, "historyError", "");

    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ObjectProperty<Tile> selectedTile = new SimpleObjectProperty<>(this, "selectedTile");
    private final ObjectProperty<List<TrendPoint>> trend = new SimpleObjectProperty<>(this, "trend", List.of());
    private final BooleanProperty trendLoading = new SimpleBooleanProperty(this, "trendLoading", false);
    private final StringProperty trendError = new SimpleStringProperty(this, "trendError", "");

    /** Past days' values by id, for the service in use; FX thread only. */
    private final Map<LocalDate, Map<String, Double>> pastValues = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Map<String, Double>> eldest) {
            return size() > CACHED_DAYS;
        }
    };
    private Cancellation historyTask;
    private long historyGeneration;
    private LocalDate historyFor;
    private Cancellation trendTask;
    private String trendKey;
    private Cancellation staleTick;
    private Cancellation loadingMark;
    private boolean loadingShown;
    private boolean settingsLoaded;

    public KpiTilesViewModel(KpiBoardViewModel board, TaskExecutor executor, Scheduler scheduler, Clock clock, KpiFormat format,
                             Supplier<Thresholds> thresholds, SettingsRepository settings) {
        this.board = Objects.requireNonNull(board, "board");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.format = Objects.requireNonNull(format, "format");
        this.thresholdText = new ThresholdText(format);
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.settings = Objects.requireNonNull(settings, "settings");

        board.snapshotProperty().addListener((o, old, snap) -> {
            rebuild();
            if (snap != null) {
                loadHistory(snap.asOf());
                if (selectedId.get() != null) {
                    loadTrend(false);
                }
            }
        });
        board.refreshingProperty().addListener((o, was, is) -> markLoading(is));
        board.stateProperty().addListener((o, was, is) -> {
            rebuild();
            tickWhileStale();
        });
        board.lastErrorProperty().addListener((o, was, is) -> rebuild());
        board.addServiceListener(this::forgetHistory);
        layout.addListener((o, was, is) -> rebuild());
        selectedId.addListener((o, was, id) -> {
            selectedTile.set(find(id));
            loadTrend(true);
        });
        refreshMinutes.addListener((o, was, minutes) -> {
            board.refreshIntervalProperty().set(Duration.ofMinutes(minutes.intValue()));
            if (settingsLoaded) {
                save(INTERVAL_SETTING, String.valueOf(minutes.intValue()));
            }
        });
    }

    /** Reads the saved layout and refresh interval (background); call once when the view is built. */
    public void loadSettings() {
        record Saved(Optional<String> layout, Optional<String> interval) {}
        executor.execute(BackgroundTask.of("Reading the board layout", (p, c) ->
                        new Saved(settings.get(LAYOUT_SETTING), settings.get(INTERVAL_SETTING)))
                .onSuccess(saved -> {
                    saved.layout().ifPresent(text -> {
                        try {
                            layout.set(json.readValue(text, Layout.class));
                        } catch (Exception e) {
                            historyError.set("The saved tile layout could not be read, the default layout is used: " + e.getMessage());
                        }
                    });
                    saved.interval().ifPresent(text -> {
                        try {
                            refreshMinutes.set(clampMinutes(Integer.parseInt(text.trim())));
                        } catch (NumberFormatException e) {
                            // a hand-edited setting: keep the default interval
                        }
                    });
                    settingsLoaded = true;
                })
                .onFailure(e -> settingsLoaded = true));
    }

    static int clampMinutes(int minutes) {
        return Math.max(1, Math.min(24 * 60, minutes));
    }

    // ---- tiles ---------------------------------------------------------------------------------

    private void rebuild() {
        KpiSnapshot snap = board.snapshotProperty().get();
        if (snap == null) {
            tiles.clear();
            allTiles.clear();
            selectedTile.set(null);
            return;
        }
        Thresholds th = thresholds.get();
        String stale = staleText();
        boolean loading = loadingShown;
        Map<String, Double> dayBefore = pastValues.get(snap.asOf().minusDays(1));
        Map<String, Double> weekBefore = pastValues.get(snap.asOf().minusDays(7));
        boolean historyComplete = hasHistory(snap.asOf());
        List<Tile> built = new ArrayList<>(snap.values().size());
        for (KpiValue v : snap.values()) {
            Unit unit = v.definition().unit();
            boolean failed = v.failed();
            List<Double> spark = new ArrayList<>();
            if (historyComplete && !failed) {
                for (int i = SPARK_DAYS - 1; i >= 1; i--) {
                    spark.add(pastValues.get(snap.asOf().minusDays(i)).get(v.id()));
                }
                spark.add(v.value());
            }
            built.add(new Tile(v.id(), v.definition().group(), KpiAlertRules.labelOf(v), unit, v.value(),
                    failed ? "error" : format.format(unit, v.value()), v.status(), statusWord(v),
                    "vs D-1 " + deltaText(unit, v, dayBefore), "vs D-7 " + deltaText(unit, v, weekBefore), spark,
                    v.error(), stale, loading, thresholdText.describe(unit, th.get(v.id())), v.sqlSource(),
                    v.definition().definition(), snap.asOf()));
        }
        // a refresh changes several board properties in a row; most leave the tiles as they are
        List<Tile> all = ordered(built);
        if (!all.equals(allTiles)) {
            allTiles.setAll(all);
        }
        List<Tile> visible = all.stream().filter(t -> !layout.get().hidden().contains(t.id())).toList();
        if (!visible.equals(tiles)) {
            tiles.setAll(visible);
        }
        selectedTile.set(find(selectedId.get()));
    }

    /** Shows the tiles' "updating" mark once a refresh has run for {@link #LOADING_MARK_DELAY}; clears it when it ends. */
    private void markLoading(boolean refreshing) {
        if (loadingMark != null) {
            loadingMark.cancel();
            loadingMark = null;
        }
        if (refreshing) {
            loadingMark = scheduler.schedule(LOADING_MARK_DELAY, () -> {
                loadingMark = null;
                if (board.refreshingProperty().get() && !loadingShown) {
                    loadingShown = true;
                    rebuild();
                }
            });
        } else if (loadingShown) {
            loadingShown = false;
            rebuild();
        }
    }

    private String deltaText(Unit unit, KpiValue v, Map<String, Double> past) {
        if (v.failed()) {
            return "—";
        }
        if (past == null) {
            return historyLoading.get() ? "…" : "—";
        }
        return format.delta(unit, v.value(), past.get(v.id()));
    }

    static String statusWord(KpiValue v) {
        if (v.failed()) {
            return "error";
        }
        return v.status() == Status.UNKNOWN ? "no data" : v.status().id();
    }

    private List<Tile> ordered(List<Tile> built) {
        Map<String, Integer> rank = new HashMap<>();
        List<String> order = layout.get().order();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        Map<String, Integer> natural = new HashMap<>();
        for (int i = 0; i < built.size(); i++) {
            natural.put(built.get(i).id(), i);
        }
        // groups keep the contract's order; inside a group, ranked tiles first in the user's order
        return built.stream().sorted(Comparator.<Tile>comparingInt(t -> t.group().ordinal())
                .thenComparingInt(t -> rank.getOrDefault(t.id(), Integer.MAX_VALUE))
                .thenComparingInt(t -> natural.get(t.id()))).toList();
    }

    private String staleText() {
        if (board.stateProperty().get() != RefreshState.STALE) {
            return null;
        }
        Instant last = board.lastRefreshProperty().get();
        String age = last == null ? "" : ", " + age(Duration.between(last, clock.instant())) + " old";
        return "stale" + age + ": " + board.lastErrorProperty().get();
    }

    /** "just now", "4 min", "2 h 5 min", "3 d". */
    static String age(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return "less than a minute";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h " + minutes % 60 + " min";
        }
        return minutes / (24 * 60) + " d";
    }

    /** Keeps the stale age current while the board is stale. */
    private void tickWhileStale() {
        if (board.stateProperty().get() == RefreshState.STALE) {
            if (staleTick == null) {
                staleTick = scheduler.schedule(STALE_TICK, () -> {
                    staleTick = null;
                    rebuild();
                    tickWhileStale();
                });
            }
        } else if (staleTick != null) {
            staleTick.cancel();
            staleTick = null;
        }
    }

    private Tile find(String id) {
        if (id == null) {
            return null;
        }
        return allTiles.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    // ---- history (deltas, sparklines) ----------------------------------------------------------

    private boolean hasHistory(LocalDate asOf) {
        for (int i = 1; i < SPARK_DAYS; i++) {
            if (!pastValues.containsKey(asOf.minusDays(i))) {
                return false;
            }
        }
        return true;
    }

    private void forgetHistory() {
        if (historyTask != null) {
            historyTask.cancel();
            historyTask = null;
        }
        if (trendTask != null) {
            trendTask.cancel();
            trendTask = null;
        }
        pastValues.clear();
        historyGeneration++;
        historyFor = null;
        trendKey = null;
        historyLoading.set(false);
    }

    /** Loads the days before {@code asOf} that the cache lacks, then repaints deltas and sparklines. */
    private void loadHistory(LocalDate asOf) {
        KpiService service = board.service();
        if (service == null) {
            return;
        }
        if (hasHistory(asOf)) {
            return;
        }
        if (historyTask != null && asOf.equals(historyFor)) {
            return; // already on its way
        }
        if (historyTask != null) {
            historyTask.cancel();
            historyTask = null;
        }
        List<LocalDate> missing = new ArrayList<>();
        for (int i = SPARK_DAYS - 1; i >= 1; i--) {
            LocalDate day = asOf.minusDays(i);
            if (!pastValues.containsKey(day)) {
                missing.add(day);
            }
        }
        long generation = ++historyGeneration;
        historyFor = asOf;
        historyLoading.set(true);
        historyError.set("");
        rebuild();
        // the new values go on screen first: the history's queries would take the CPU from the
        // frames that draw them, and the sparklines are worth a short wait
        historyTask = scheduler.schedule(HISTORY_DELAY, () -> {
            if (generation == historyGeneration) {
                startHistory(generation, missing, service);
            }
        });
    }

    private void startHistory(long generation, List<LocalDate> missing, KpiService service) {
        Cancellation task = executor.execute(BackgroundTask.of("Loading " + missing.size() + " past days for the sparklines", (p, c) -> {
                    Map<LocalDate, Map<String, Double>> loaded = new LinkedHashMap<>();
                    int n = 0;
                    for (LocalDate day : missing) {
                        c.throwIfCancelled();
                        KpiSnapshot past = service.refresh(day, BackgroundTask.Progress.NONE, c);
                        Map<String, Double> values = new HashMap<>();
                        past.values().forEach(v -> values.put(v.id(), v.value()));
                        loaded.put(day, values);
                        p.update(++n / (double) missing.size(), "Loaded " + day);
                    }
                    return loaded;
                })
                .onSuccess(loaded -> {
                    if (generation == historyGeneration) {
                        pastValues.putAll(loaded);
                        finishHistory();
                    }
                })
                .onFailure(e -> {
                    if (generation == historyGeneration) {
                        historyError.set("The sparklines could not be loaded: " + e.getMessage());
                        finishHistory();
                    }
                })
                .onCancelled(() -> {
                    if (generation == historyGeneration) {
                        finishHistory();
                    }
                }));
        if (generation == historyGeneration && historyLoading.get()) {
            historyTask = task; // still running (the test executor finishes before returning)
        }
    }

    private void finishHistory() {
        historyTask = null;
        historyFor = null;
        historyLoading.set(false);
        rebuild();
    }

    // ---- selection and trend -------------------------------------------------------------------

    /** Opens a tile's detail (click on a tile, or a toast about that KPI). */
    public void select(String id) {
        selectedId.set(id);
    }

    public void closeDetail() {
        selectedId.set(null);
    }

    /** Reloads the selected KPI's 90-day trend when the day or the KPI changed. */
    private void loadTrend(boolean force) {
        String id = selectedId.get();
        KpiService service = board.service();
        KpiSnapshot snap = board.snapshotProperty().get();
        if (trendTask != null) {
            trendTask.cancel();
            trendTask = null;
        }
        if (id == null || service == null || snap == null) {
            trend.set(List.of());
            trendLoading.set(false);
            trendKey = null;
            return;
        }
        LocalDate day = snap.asOf();
        String key = id + "@" + day;
        if (!force && key.equals(trendKey)) {
            return;
        }
        trendKey = key;
        trendLoading.set(true);
        trendError.set("");
        Cancellation task = executor.execute(BackgroundTask.of("Loading the " + TREND_DAYS + "-day trend of " + id,
                        (p, c) -> service.trend(id, day, TREND_DAYS, c))
                .onSuccess(points -> {
                    if (key.equals(trendKey)) {
                        trend.set(List.copyOf(points));
                        trendLoading.set(false);
                    }
                })
                .onFailure(e -> {
                    if (key.equals(trendKey)) {
                        trend.set(List.of());
                        trendError.set(e.getMessage() == null ? e.toString() : e.getMessage());
                        trendLoading.set(false);
                    }
                })
                .onCancelled(() -> {
                    if (key.equals(trendKey)) {
                        trendLoading.set(false);
                    }
                }));
        if (key.equals(trendKey) && trendLoading.get()) {
            trendTask = task;
        }
    }

    // ---- layout --------------------------------------------------------------------------------

    public void hide(String id) {
        Set<String> hidden = new LinkedHashSet<>(layout.get().hidden());
        if (hidden.add(id)) {
            setLayout(new Layout(layout.get().order(), hidden));
        }
    }

    public void show(String id) {
        Set<String> hidden = new LinkedHashSet<>(layout.get().hidden());
        if (hidden.remove(id)) {
            setLayout(new Layout(layout.get().order(), hidden));
        }
    }

    public boolean isHidden(String id) {
        return layout.get().hidden().contains(id);
    }

    /** Moves a tile one place earlier ({@code -1}) or later ({@code +1}) among the visible tiles of its group. */
    public void move(String id, int direction) {
        Tile tile = find(id);
        if (tile == null || (direction != -1 && direction != 1)) {
            return;
        }
        List<String> group = tiles.stream().filter(t -> t.group() == tile.group()).map(Tile::id).toList();
        int at = group.indexOf(id);
        int to = at + direction;
        if (at < 0 || to < 0 || to >= group.size()) {
            return;
        }
        List<String> order = new ArrayList<>(allTiles.stream().map(Tile::id).toList());
        int a = order.indexOf(id);
        int b = order.indexOf(group.get(to));
        order.set(a, group.get(to));
        order.set(b, id);
        setLayout(new Layout(order, layout.get().hidden()));
    }

    /** Back to the contract's order with every tile shown. */
    public void resetLayout() {
        setLayout(Layout.empty());
    }

    private void setLayout(Layout next) {
        layout.set(next);
        try {
            save(LAYOUT_SETTING, json.writeValueAsString(next));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            historyError.set("The tile layout could not be saved: " + e.getMessage());
        }
    }

    private void save(String name, String value) {
        executor.execute(BackgroundTask.of("Saving " + name, (p, c) -> {
            settings.put(name, value);
            return null;
        }).onFailure(e -> historyError.set("Could not save " + name + ": " + e.getMessage())));
    }

    // ---- properties ----------------------------------------------------------------------------

    /** The visible tiles, grouped by {@link KpiGroup} order, in the user's order inside a group. */
    public ObservableList<Tile> tiles() {
        return tiles;
    }

    /** Every tile, hidden ones included (for the layout menu). */
    public ObservableList<Tile> allTiles() {
        return allTiles;
    }

    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    /** Minutes between scheduled refreshes (1 to 1440), saved in the state store. */
    public IntegerProperty refreshMinutesProperty() {
        return refreshMinutes;
    }

    public ReadOnlyBooleanProperty historyLoadingProperty() {
        return historyLoading;
    }

    /** A problem with the sparkline history or the saved layout; empty when none. */
    public ReadOnlyStringProperty historyErrorProperty() {
        return historyError;
    }

    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyObjectProperty<Tile> selectedTileProperty() {
        return selectedTile;
    }

    public ReadOnlyObjectProperty<List<TrendPoint>> trendProperty() {
        return trend;
    }

    public ReadOnlyBooleanProperty trendLoadingProperty() {
        return trendLoading;
    }

    public ReadOnlyStringProperty trendErrorProperty() {
        return trendError;
    }

    public KpiBoardViewModel board() {
        return board;
    }

    /** The threshold in force for a KPI (the detail pane draws its bands). */
    public Optional<Threshold> thresholdOf(String id) {
        return thresholds.get().get(id);
    }
}
