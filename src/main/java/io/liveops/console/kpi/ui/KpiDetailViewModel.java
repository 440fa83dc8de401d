package io.liveops.console.kpi.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.Threshold;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.kpi.core.TrendPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import javafx.collections.ListChangeListener;

/**
 * The open tile's detail: the tile itself, and its last {@link #TREND_DAYS} days as one series query (past days the
 * service has already read cost nothing). Reloads when the as-of day or the KPI changes; a new warehouse clears it.
 */
public final class KpiDetailViewModel {

    public static final int TREND_DAYS = 90;

    private final KpiTilesViewModel tiles;
    private final KpiBoardViewModel board;
    private final TaskExecutor executor;
    private final Supplier<Thresholds> thresholds;

    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ObjectProperty<KpiTilesViewModel.KpiTile> selectedTile = new SimpleObjectProperty<>(this, "selectedTile");
    private final ObjectProperty<List<TrendPoint>> trend = new SimpleObjectProperty<>(this, "trend", List.of());
    private final BooleanProperty trendLoading = new SimpleBooleanProperty(this, "trendLoading", false);
    private final StringProperty trendError = new SimpleStringProperty(this, "trendError", "");
    private Cancellation trendTask;
    private String trendKey;

    public KpiDetailViewModel(KpiTilesViewModel tiles, TaskExecutor executor, Supplier<Thresholds> thresholds) {
        this.tiles = Objects.requireNonNull(tiles, "tiles");
        this.board = tiles.board();
        this.executor = Objects.requireNonNull(executor, "executor");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        tiles.allTiles().addListener((ListChangeListener<KpiTilesViewModel.KpiTile>) c -> selectedTile.set(tiles.find(selectedId.get()).orElse(null)));
        board.snapshotProperty().addListener((o, was, snap) -> {
            if (snap != null && selectedId.get() != null) {
                loadTrend(false);
            }
        });
        board.addServiceListener(() -> {
            if (trendTask != null) {
                trendTask.cancel();
                trendTask = null;
            }
            trendKey = null;
            trend.set(List.of());
            trendLoading.set(false);
        });
        selectedId.addListener((o, was, id) -> {
            selectedTile.set(tiles.find(id).orElse(null));
            loadTrend(true);
        });
    }

    /** Opens a tile's detail (click on a tile, or a toast about that KPI). */
    public void select(String id) {
        selectedId.set(id);
    }

    public void closeDetail() {
        selectedId.set(null);
    }

    /** Reloads the selected KPI's trend when the day or the KPI changed. */
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
        trend.set(List.of()); // the chart belongs to the day and KPI on screen: never show another's meanwhile
        trendLoading.set(true);
        trendError.set("");
        Cancellation task = executor.execute(BackgroundTask.of("Loading the " + TREND_DAYS + "-day trend of " + id,
                        (p, c) -> service.trend(id, day, TREND_DAYS, c))
                .onSuccess(points -> {
                    if (key.equals(trendKey)) {
                        trend.set(List.copyOf(points));
                        trendError.set(points.stream().map(TrendPoint::error).filter(Objects::nonNull).findFirst()
                                .map(e -> "Some days have no value: " + e).orElse(""));
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

    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyObjectProperty<KpiTilesViewModel.KpiTile> selectedTileProperty() {
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

    /** The threshold in force for a KPI (the detail pane draws its bands). */
    public Optional<Threshold> thresholdOf(String id) {
        return thresholds.get().get(id);
    }

    public KpiTilesViewModel tiles() {
        return tiles;
    }
}
