package io.liveops.console.kpi.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.shared.DisplayFormats;
import io.liveops.console.warehouse.WarehouseSession;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the status bar says: the warehouse in use, the as-of day, the last refresh time and its
 * state (fresh / refreshing / stale since hh:mm with the error). Derived entirely by bindings.
 */
public final class StatusBarViewModel {

    private static final DateTimeFormatter HH_MM = DisplayFormats.TIME;
    /** The last refresh to the second: the auto-refresh can run every minute, so a minute alone would not tell runs apart. */
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss", java.util.Locale.ROOT);

    private final StringBinding warehouseText;
    private final StringBinding asOfText;
    private final StringBinding lastRefreshText;
    private final StringBinding stateText;
    private final StringBinding stateStyleClass;
    private final StringProperty warehouseDetail = new SimpleStringProperty(this, "warehouseDetail", "");

    /**
     * A status bar that also says, in the warehouse's tooltip, which contract tables and recommended indexes the warehouse
     * in use has (checked in the background after each switch).
     */
    public StatusBarViewModel(KpiBoardViewModel board, ZoneId zone, WarehouseSession session, TaskExecutor executor) {
        this(board, zone);
        board.addServiceListener(() -> {
            String name = board.warehouseNameProperty().get();
            warehouseDetail.set(name + ": checking its tables and indexes…");
            executor.execute(BackgroundTask.of("Checking the tables and indexes of " + name, (p, c) -> session.inspect(c))
                    .onSuccess(check -> {
                        if (name.equals(board.warehouseNameProperty().get())) {
                            warehouseDetail.set(name + "\n" + check.describe());
                        }
                    })
                    .onFailure(e -> {
                        if (name.equals(board.warehouseNameProperty().get())) {
                            warehouseDetail.set(name + ": its tables and indexes could not be checked: " + e.getMessage());
                        }
                    }));
        });
    }

    public StatusBarViewModel(KpiBoardViewModel board, ZoneId zone) {
        warehouseText = Bindings.createStringBinding(() -> "Warehouse: " + board.warehouseNameProperty().get(),
                board.warehouseNameProperty());
        asOfText = Bindings.createStringBinding(() -> board.asOfProperty().get() == null ? "As of: —"
                : "As of: " + DisplayFormats.date(board.asOfProperty().get()) + (board.historicalProperty().get() ? " (historical)" : ""),
                board.asOfProperty(), board.historicalProperty());
        lastRefreshText = Bindings.createStringBinding(() -> {
            Instant t = board.lastRefreshProperty().get();
            return t == null ? "Last refresh: never" : "Last refresh: " + HH_MM_SS.format(t.atZone(zone));
        }, board.lastRefreshProperty());
        stateText = Bindings.createStringBinding(() -> {
            RefreshState s = board.stateProperty().get();
            String error = board.lastErrorProperty().get();
            return switch (s) {
                case NEVER -> board.refreshingProperty().get() ? "Loading…" : "Not loaded";
                case REFRESHING -> "Refreshing…";
                // a look back at an older day is never "Fresh": that word is for the latest day's news
                case FRESH -> (board.historicalProperty().get() ? "Historical day" : "Fresh")
                        + (error == null || error.isBlank() ? "" : " (" + error + ")");
                case STALE -> {
                    Instant since = board.staleSinceProperty().get();
                    String at = since == null ? "" : " since " + HH_MM.format(since.atZone(zone));
                    yield "Stale" + at + (board.refreshingProperty().get() ? " (retrying…)" : "") + ": " + error;
                }
            };
        }, board.stateProperty(), board.lastErrorProperty(), board.staleSinceProperty(), board.refreshingProperty(),
                board.historicalProperty());
        stateStyleClass = Bindings.createStringBinding(() -> board.stateProperty().get() == RefreshState.FRESH
                        && board.historicalProperty().get() ? "state-historical"
                        : "state-" + board.stateProperty().get().name().toLowerCase(java.util.Locale.ROOT),
                board.stateProperty(), board.historicalProperty());
    }

    public StringBinding warehouseText() {
        return warehouseText;
    }

    /** The warehouse's contract tables and recommended indexes in words (the tooltip of the warehouse's name). */
    public ReadOnlyStringProperty warehouseDetail() {
        return warehouseDetail;
    }

    public StringBinding asOfText() {
        return asOfText;
    }

    public StringBinding lastRefreshText() {
        return lastRefreshText;
    }

    public StringBinding stateText() {
        return stateText;
    }

    /** "state-fresh", "state-stale", … for the CSS colour of the state label. */
    public StringBinding stateStyleClass() {
        return stateStyleClass;
    }
}
