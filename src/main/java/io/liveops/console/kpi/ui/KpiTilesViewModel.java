package io.liveops.console.kpi.ui;

import io.liveops.console.background.Cancellation;
import io.liveops.console.background.Scheduler;
import io.liveops.console.kpi.core.KpiGroup;
import io.liveops.console.kpi.core.KpiReadModel;
import io.liveops.console.kpi.core.KpiReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The KPI tiles: one {@link KpiTile} per reading of the board's snapshot, in the user's order without the hidden ones,
 * each marked while a slow refresh runs and when the warehouse failed and the value is an older one. The readings
 * themselves (value, status, deltas, sparkline, threshold words) come from {@link KpiReadingsViewModel}; the order and
 * the hidden tiles from {@link KpiLayoutViewModel}; the open tile's detail from {@link KpiDetailViewModel}.
 */
public final class KpiTilesViewModel {

    public static final int SPARK_DAYS = KpiReadModel.SPARK_DAYS;
    public static final int TREND_DAYS = KpiDetailViewModel.TREND_DAYS;
    static final Duration HISTORY_DELAY = KpiReadingsViewModel.HISTORY_DELAY;
    static final Duration STALE_TICK = Duration.ofSeconds(30);
    /**
     * How long a refresh runs before the tiles show their "updating" mark. A refresh that ends sooner
     * (the usual case) changes nothing on screen but the values: flagging every tile and clearing the
     * flag again a few dozen milliseconds later would repaint the whole board twice for nothing.
     */
    static final Duration LOADING_MARK_DELAY = Duration.ofMillis(300);
    /** The board's notice while the sparklines' past days load (progress, not a problem). */
    static final String HISTORY_LOADING_NOTICE = "Loading the last " + SPARK_DAYS + " days for deltas and sparklines…";

    /**
     * One tile as the view draws it: the KPI's reading, and the board's state around it.
     *
     * @param staleText set when the warehouse failed and the value is an older one: its age and the error
     * @param loading   a refresh has been running for {@link #LOADING_MARK_DELAY} or more; the value shown is the last one
     */
    public record KpiTile(KpiReading reading, String staleText, boolean loading) {

        public KpiTile {
            Objects.requireNonNull(reading, "reading");
        }

        public String id() {
            return reading.id();
        }

        public KpiGroup group() {
            return reading.group();
        }

        public boolean failed() {
            return reading.failed();
        }

        public boolean stale() {
            return staleText != null;
        }

        /** The same tile with another loading flag. */
        public KpiTile withLoading(boolean isLoading) {
            return new KpiTile(reading, staleText, isLoading);
        }
    }

    private final KpiReadingsViewModel readings;
    private final KpiLayoutViewModel layout;
    private final KpiBoardViewModel board;
    private final Scheduler scheduler;
    private final Clock clock;

    private final ObservableList<KpiTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<KpiTile> allTiles = FXCollections.observableArrayList();
    private Cancellation staleTick;
    private Cancellation loadingMark;
    private boolean loadingShown;
    private final StringBinding notice;
    private final BooleanBinding noticeIsProblem;

    public KpiTilesViewModel(KpiReadingsViewModel readings, KpiLayoutViewModel layout, Scheduler scheduler, Clock clock) {
        this.readings = Objects.requireNonNull(readings, "readings");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.board = readings.board();
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        readings.readings().addListener((ListChangeListener<KpiReading>) c -> rebuild());
        board.refreshingProperty().addListener((o, was, is) -> markLoading(is));
        board.stateProperty().addListener((o, was, is) -> {
            rebuild();
            tickWhileStale();
        });
        board.lastErrorProperty().addListener((o, was, is) -> rebuild());
        layout.layoutProperty().addListener((o, was, is) -> rebuild());
        Observable[] noticeInputs = {board.lastErrorProperty(), readings.historyErrorProperty(),
                readings.historyLoadingProperty(), layout.problemProperty()};
        noticeIsProblem = Bindings.createBooleanBinding(() -> problem() != null, noticeInputs);
        notice = Bindings.createStringBinding(() -> {
            String problem = problem();
            if (problem != null) {
                return problem;
            }
            return readings.historyLoadingProperty().get() ? HISTORY_LOADING_NOTICE : "";
        }, noticeInputs);
    }

    private void rebuild() {
        String stale = staleText();
        List<KpiTile> built = new ArrayList<>(readings.readings().size());
        for (KpiReading r : readings.readings()) {
            built.add(new KpiTile(r, stale, loadingShown));
        }
        // a refresh changes several board properties in a row; most leave the tiles as they are
        List<KpiTile> all = ordered(built);
        if (!all.equals(allTiles)) {
            allTiles.setAll(all);
        }
        List<KpiTile> visible = all.stream().filter(t -> !layout.isHidden(t.id())).toList();
        if (!visible.equals(tiles)) {
            tiles.setAll(visible);
        }
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

    private List<KpiTile> ordered(List<KpiTile> built) {
        Map<String, Integer> rank = new HashMap<>();
        List<String> order = layout.layoutProperty().get().order();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        Map<String, Integer> natural = new HashMap<>();
        for (int i = 0; i < built.size(); i++) {
            natural.put(built.get(i).id(), i);
        }
        // groups keep the contract's order; inside a group, ranked tiles first in the user's order
        return built.stream().sorted(Comparator.<KpiTile>comparingInt(t -> t.group().ordinal())
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

    /** A tile by id, hidden ones included. */
    public Optional<KpiTile> find(String id) {
        return id == null ? Optional.empty() : allTiles.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    // ---- layout: the user's order and hidden tiles ---------------------------------------------

    public void hide(String id) {
        layout.hide(id);
    }

    public void show(String id) {
        layout.show(id);
    }

    public boolean isHidden(String id) {
        return layout.isHidden(id);
    }

    /** Moves a tile one place earlier ({@code -1}) or later ({@code +1}) among the visible tiles of its group. */
    public void move(String id, int direction) {
        Optional<KpiTile> tile = find(id);
        if (tile.isEmpty() || (direction != -1 && direction != 1)) {
            return;
        }
        List<String> group = tiles.stream().filter(t -> t.group() == tile.get().group()).map(KpiTile::id).toList();
        int at = group.indexOf(id);
        int to = at + direction;
        if (at >= 0 && to >= 0 && to < group.size()) {
            layout.swap(id, group.get(to), allTiles.stream().map(KpiTile::id).toList());
        }
    }

    /** Back to the contract's order with every tile shown. */
    public void resetLayout() {
        layout.resetLayout();
    }

    // ---- properties ----------------------------------------------------------------------------

    /** The visible tiles, grouped by {@link KpiGroup} order, in the user's order inside a group. */
    public ObservableList<KpiTile> tiles() {
        return tiles;
    }

    /** Every tile, hidden ones included (for the layout menu). */
    public ObservableList<KpiTile> allTiles() {
        return allTiles;
    }

    /** Minutes between scheduled refreshes (1 to 1440), saved in the state store. */
    public IntegerProperty refreshMinutesProperty() {
        return layout.refreshMinutesProperty();
    }

    public ReadOnlyBooleanProperty historyLoadingProperty() {
        return readings.historyLoadingProperty();
    }

    /** A problem with the sparkline history; empty when none. */
    public ReadOnlyStringProperty historyErrorProperty() {
        return readings.historyErrorProperty();
    }

    /** A problem with the saved layout; empty when none. */
    public ReadOnlyStringProperty layoutProblemProperty() {
        return layout.problemProperty();
    }

    /**
     * The line under the board's toolbar: the refresh's error, else the sparkline history's, else the saved layout's,
     * else, while the past days load, a word that they are on their way; empty when there is nothing to say.
     */
    public StringExpression noticeProperty() {
        return notice;
    }

    /** Whether {@link #noticeProperty()} is a problem (drawn as an error) rather than progress (drawn muted). */
    public BooleanExpression noticeIsProblemProperty() {
        return noticeIsProblem;
    }

    private String problem() {
        for (String p : new String[] {board.lastErrorProperty().get(), historyErrorProperty().get(), layoutProblemProperty().get()}) {
            if (p != null && !p.isBlank()) {
                return p;
            }
        }
        return null;
    }

    public ReadOnlyObjectProperty<KpiLayoutViewModel.Layout> layoutProperty() {
        return layout.layoutProperty();
    }

    public KpiBoardViewModel board() {
        return board;
    }

    public KpiReadingsViewModel readings() {
        return readings;
    }
}
