package io.liveops.console.kpi.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.kpi.core.KpiHistory;
import io.liveops.console.kpi.core.KpiReadModel;
import io.liveops.console.kpi.core.KpiReading;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.Thresholds;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The board's KPI read model: one {@link KpiReading} per value of the board's snapshot, built once per snapshot and
 * again when the days before it arrive (deltas, sparklines). The tiles, the table, the alert rules and the checklist
 * chips all show these readings.
 *
 * <p>The history is the 13 days before the as-of day, asked of the service a moment after the new values are on
 * screen; the service keeps past days, so switching days or refreshing again costs only what it lacks. While the board
 * shows nothing yet (the console's start, another warehouse) there are no frames to keep smooth: the history is asked
 * for as soon as the refresh is sent, and the first tiles come with their sparklines.
 */
public final class KpiReadingsViewModel {

    /** How long after a new snapshot the days before it start loading (the new values go on screen first). */
    static final Duration HISTORY_DELAY = Duration.ofMillis(150);

    private final KpiBoardViewModel board;
    private final KpiReadModel model;
    private final Supplier<Thresholds> thresholds;
    private final TaskExecutor executor;
    private final Scheduler scheduler;

    private final ObservableList<KpiReading> readings = FXCollections.observableArrayList();
    private final ObjectProperty<List<KpiReading>> current = new SimpleObjectProperty<>(this, "current", List.of());
    private final BooleanProperty historyLoading = new SimpleBooleanProperty(this, "historyLoading", false);
    private final StringProperty historyError = new SimpleStringProperty(this, "historyError", "");
    private final List<Consumer<List<KpiReading>>> snapshotListeners = new ArrayList<>();

    private KpiHistory history;
    /** The as-of day of the history in hand or being loaded. */
    private LocalDate historyFor;
    private Cancellation historyTask;
    private long generation;

    public KpiReadingsViewModel(KpiBoardViewModel board, KpiReadModel model, Supplier<Thresholds> thresholds, TaskExecutor executor,
                                Scheduler scheduler) {
        this.board = Objects.requireNonNull(board, "board");
        this.model = Objects.requireNonNull(model, "model");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        board.addSnapshotListener(this::newSnapshot);
        board.snapshotProperty().addListener((o, was, snap) -> {
            if (snap == null) {
                forget();
                readings.clear();
                current.set(List.of());
            }
        });
        board.addServiceListener(this::forget);
        board.addRefreshListener(this::refreshSent);
    }

    /** Nothing on screen yet: the days before the refreshed day load beside its refresh, at once. */
    private void refreshSent(LocalDate day) {
        if (board.snapshotProperty().get() == null && !historyComingFor(day)) {
            loadHistory(day, false);
        }
    }

    /** Whether the days before {@code day} are being loaded now. */
    private boolean historyComingFor(LocalDate day) {
        return historyLoading.get() && day.equals(historyFor);
    }

    /** Hears the readings of every new snapshot once, before its history (the alert rules judge them). */
    public void addSnapshotListener(Consumer<List<KpiReading>> listener) {
        snapshotListeners.add(listener);
    }

    private void newSnapshot(KpiSnapshot snap) {
        boolean known = history != null && history.last().equals(snap.asOf().minusDays(1));
        boolean coming = historyComingFor(snap.asOf()); // asked for beside the refresh
        if (!known) {
            history = null;
        }
        rebuild();
        List<KpiReading> judged = List.copyOf(readings);
        snapshotListeners.forEach(l -> l.accept(judged));
        if (!known && !coming) {
            loadHistory(snap.asOf(), true);
        }
    }

    private void rebuild() {
        KpiSnapshot snap = board.snapshotProperty().get();
        if (snap == null) {
            readings.clear();
            current.set(List.of());
            return;
        }
        List<KpiReading> built = model.readings(snap, history, historyLoading.get(), thresholds.get());
        if (!built.equals(readings)) {
            readings.setAll(built); // a refresh that changes nothing leaves the list (and whatever listens) alone
            current.set(List.copyOf(built));
        }
    }

    private void forget() {
        if (historyTask != null) {
            historyTask.cancel();
            historyTask = null;
        }
        generation++;
        history = null;
        historyLoading.set(false);
    }

    /** Asks for [asOf - 13, asOf - 1]: a moment after the new values are on screen when {@code afterTheValues}, else now. */
    private void loadHistory(LocalDate asOf, boolean afterTheValues) {
        KpiService service = board.service();
        if (service == null) {
            return;
        }
        if (historyTask != null) {
            historyTask.cancel();
            historyTask = null;
        }
        long mine = ++generation;
        historyFor = asOf;
        historyLoading.set(true);
        historyError.set("");
        rebuild();
        if (!afterTheValues) {
            startHistory(mine, asOf, service);
            return;
        }
        // the history's queries would take the CPU from the frames that draw the new values
        historyTask = scheduler.schedule(HISTORY_DELAY, () -> {
            if (mine == generation) {
                startHistory(mine, asOf, service);
            }
        });
    }

    private void startHistory(long mine, LocalDate asOf, KpiService service) {
        LocalDate first = KpiReadModel.historyStart(asOf);
        Cancellation task = executor.execute(BackgroundTask.of("Loading the " + (KpiReadModel.SPARK_DAYS - 1)
                        + " days before " + asOf + " for the sparklines", (p, c) -> service.history(first, asOf.minusDays(1), p, c))
                .onSuccess(loaded -> {
                    if (mine == generation) {
                        history = loaded;
                        if (!loaded.failures().isEmpty()) {
                            historyError.set("Some past days could not be read: " + loaded.failures().get(0).error());
                        }
                        finish();
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        historyError.set("The sparklines could not be loaded: " + e.getMessage());
                        finish();
                    }
                })
                .onCancelled(() -> {
                    if (mine == generation) {
                        finish();
                    }
                }));
        if (mine == generation && historyLoading.get()) {
            historyTask = task; // still running (the test executor finishes before returning)
        }
    }

    private void finish() {
        historyTask = null;
        historyLoading.set(false);
        rebuild();
    }

    /** The readings of the board's snapshot, in its order (catalogue order, keyed values by key). */
    public ObservableList<KpiReading> readings() {
        return readings;
    }

    /** The same readings as one immutable list per change (for whoever reads them whole: the checklist chips). */
    public ReadOnlyObjectProperty<List<KpiReading>> readingsProperty() {
        return current;
    }

    public ReadOnlyBooleanProperty historyLoadingProperty() {
        return historyLoading;
    }

    /** A problem with the days before the as-of day; empty when none. */
    public ReadOnlyStringProperty historyErrorProperty() {
        return historyError;
    }

    public KpiBoardViewModel board() {
        return board;
    }
}
