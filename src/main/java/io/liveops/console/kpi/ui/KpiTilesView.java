package io.liveops.console.kpi.ui;

import io.liveops.console.kpi.core.KpiGroup;

import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.kit.Palette;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The KPIs tab: the toolbar (as-of day, refresh, auto-refresh interval, layout, tiles/table switch,
 * alerts), the tiles grouped under the contract's headings, the selected tile's detail on the right
 * and, when open, the alert drawer. Binds to {@link KpiTilesViewModel}; the table view of the same
 * board stays one click away.
 */
public final class KpiTilesView extends BorderPane {

    private final KpiTilesViewModel vm;
    private final KpiDetailViewModel detailVm;
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.LIGHT);
    /**
     * Cards updated per frame, to start with. Changing every tile at once (an as-of switch) cost one
     * long pulse of layout and painting; a few tiles per frame keep each pulse short, and the whole
     * board is still repainted within a few frames (bench --board prints both). The number adapts to
     * the machine: two fewer after a frame that ran late, two more after one that was on time.
     */
    static final int CARDS_PER_PULSE = 6;
    private static final int MIN_CARDS_PER_PULSE = 3;
    private static final int MAX_CARDS_PER_PULSE = 48;
    private static final long LATE_FRAME_NANOS = 20_000_000;
    private static final long ON_TIME_FRAME_NANOS = 17_500_000;

    private final Map<String, KpiTileCard> cards = new HashMap<>();
    /** Tiles whose card still shows an older state, in board order (top first). FX thread only. */
    private final Map<String, KpiTilesViewModel.KpiTile> pending = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(this, "settled", true);
    private int cardsPerPulse = CARDS_PER_PULSE;
    private long lastFrame;
    private final AnimationTimer applier = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastFrame != 0) {
                long frame = now - lastFrame;
                if (frame > LATE_FRAME_NANOS) {
                    cardsPerPulse = Math.max(MIN_CARDS_PER_PULSE, cardsPerPulse - 2);
                } else if (frame < ON_TIME_FRAME_NANOS) {
                    cardsPerPulse = Math.min(MAX_CARDS_PER_PULSE, cardsPerPulse + 2);
                }
            }
            lastFrame = now;
            applyPending(cardsPerPulse);
        }
    };
    private final VBox groups = new VBox(6);
    private final SplitPane split = new SplitPane();
    private final ScrollPane detail;
    private List<String> laidOut = List.of();
    private final ScrollPane tilesScroll;
    private final BooleanProperty alertsOpen;
    /** The detail pane's width: fixed, so that the tiles keep what the window gains or loses. */
    static final double DETAIL_WIDTH = 440;

    /**
     * @param dark       the theme (tiles and chart are coloured in code: they ignore CSS)
     * @param alertsNode the alert drawer, shown on the right while {@code alertsOpen} is selected
     */
    public KpiTilesView(KpiDetailViewModel detailVm, ThresholdEditorViewModel editor, ObservableBooleanValue dark,
                        Node alertsNode, BooleanProperty alertsOpen, ObservableIntegerValue unacknowledged) {
        this.vm = detailVm.tiles();
        this.detailVm = detailVm;
        KpiBoardViewModel board = vm.board();
        getStyleClass().add("kpi-tiles-view");
        URL css = KpiTilesView.class.getResource("/assets/css/kpi-board.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        palette.bind(Bindings.createObjectBinding(() -> Palette.of(dark.get()), dark));

        KpiDayControls dayControls = new KpiDayControls(board);
        DatePicker day = dayControls.picker();
        Button refresh = new Button("Refresh", Icons.REFRESH.create());
        refresh.setId("refresh-button");
        refresh.setTooltip(new Tooltip("Refresh now (F5)"));
        refresh.setOnAction(e -> board.refresh());
        Spinner<Integer> every = new Spinner<>(1, 24 * 60, vm.refreshMinutesProperty().get());
        every.setId("refresh-interval");
        every.setEditable(true);
        every.setPrefWidth(80);
        every.getValueFactory().valueProperty().bindBidirectional(vm.refreshMinutesProperty().asObject());
        every.setTooltip(new Tooltip("Minutes between automatic refreshes (saved)"));
        MenuButton layout = new MenuButton("Tiles");
        layout.setId("layout-menu");
        layout.setOnShowing(e -> fillLayoutMenu(layout));
        ToggleButton table = new ToggleButton("Table");
        table.setId("table-toggle");
        table.setTooltip(new Tooltip("Show the board as a sortable table"));
        Label hint = new Label();
        hint.setId("board-hint");
        hint.getStyleClass().add("hint-error");
        hint.textProperty().bind(vm.noticeProperty());
        // progress (the past days on their way) is muted; a problem keeps the error colour
        PseudoClass progress = PseudoClass.getPseudoClass("progress");
        hint.pseudoClassStateChanged(progress, !vm.noticeIsProblemProperty().get());
        vm.noticeIsProblemProperty().addListener((o, was, is) -> hint.pseudoClassStateChanged(progress, !is));
        // on its own line under the toolbar, wrapping: inside the toolbar a long message squeezed every button to "…"
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setPadding(new Insets(0, 8, 6, 8));
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToggleButton alerts = new ToggleButton();
        alerts.setId("alerts-toggle");
        alerts.setGraphic(Icons.WARNING.create());
        alerts.textProperty().bind(Bindings.createStringBinding(() -> "Alerts (" + unacknowledged.get() + ")", unacknowledged));
        alerts.selectedProperty().bindBidirectional(alertsOpen);
        HBox toolbar = new HBox(8, new Label("As of"), day, refresh, new Label("Auto-refresh every"), every, new Label("min"), layout,
                table, spacer, alerts);
        for (Node n : toolbar.getChildren()) {
            if (n instanceof javafx.scene.control.Labeled) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE); // the window cuts the toolbar's end before any of its words
            }
        }
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8));
        toolbar.getStyleClass().add("tool-bar-row");

        groups.setPadding(new Insets(8, 12, 12, 12));
        groups.setId("kpi-tiles");
        tilesScroll = new ScrollPane(groups);
        tilesScroll.setFitToWidth(true);
        tilesScroll.setId("kpi-tiles-scroll");
        tilesScroll.getStyleClass().add("kpi-tiles-scroll");
        tilesScroll.skinProperty().addListener((o, was, skin) -> {
            Node viewport = tilesScroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        Label empty = new Label("No KPI values yet: they appear after the first refresh.");

        StackPane content = new StackPane(tilesScroll, empty);
        // the table is built on first use: kept hidden, it would still re-lay out on every refresh
        table.selectedProperty().addListener((o, was, on) -> {
            if (on && content.getChildren().size() == 2) {
                KpiTableView tableView = new KpiTableView(vm.readings());
                tableView.visibleProperty().bind(table.selectedProperty());
                content.getChildren().add(tableView);
            }
        });
        tilesScroll.visibleProperty().bind(table.selectedProperty().not());
        empty.visibleProperty().bind(Bindings.isEmpty(vm.tiles()).and(table.selectedProperty().not()));

        KpiDetailView detailView = new KpiDetailView(detailVm, editor, palette);
        detail = detailView.inScrollPane();
        detail.setPrefWidth(DETAIL_WIDTH);
        detail.setMinWidth(380);
        split.getItems().add(content);
        split.setId("kpi-split");

        setTop(new VBox(toolbar, dayControls.notice(), hint));
        setCenter(split);
        // the drawer and the detail take turns on the right: side by side they squeezed the detail between tiles
        // and drawer and cut its buttons; the drawer's Open opens a detail, which closes the drawer
        alertsOpen.addListener((o, was, open) -> {
            setRight(open ? alertsNode : null);
            if (open) {
                detailVm.closeDetail();
            }
        });
        setRight(alertsOpen.get() ? alertsNode : null);
        this.alertsOpen = alertsOpen;

        vm.tiles().addListener((ListChangeListener<KpiTilesViewModel.KpiTile>) c -> render());
        detailVm.selectedIdProperty().addListener((o, was, id) -> showDetail(id != null));
        palette.addListener((o, was, p) -> {
            groups.setStyle("-fx-background-color: " + Palette.web(p.background()) + ";");
            styleHeadings(p);
            render();
            applyPending(Integer.MAX_VALUE); // a theme switch is one deliberate click: recolour it all at once
        });
        groups.setStyle("-fx-background-color: " + Palette.web(palette.get().background()) + ";");
        render();
    }

    private void showDetail(boolean show) {
        if (show) {
            alertsOpen.set(false);
        }
        if (show && !split.getItems().contains(detail)) {
            split.getItems().add(detail);
            SplitPane.setResizableWithParent(detail, false);
            applyCss();
            layout(); // the drawer may just have closed: the split's width is the one it will have
            double width = split.getWidth() > 0 ? split.getWidth() : getWidth();
            split.setDividerPositions(width <= 0 ? 0.62 : Math.max(0.3, 1 - DETAIL_WIDTH / width));
        } else if (!show) {
            split.getItems().remove(detail);
        }
        if (show) {
            revealSelected();
        }
    }

    /**
     * Scrolls the open tile into view: the detail narrows the tiles' area, the grid re-flows to fewer columns and the
     * clicked tile would otherwise move out of sight.
     */
    private void revealSelected() {
        KpiTileCard card = cards.get(detailVm.selectedIdProperty().get());
        if (card == null || card.getParent() == null) {
            return;
        }
        applyCss();
        layout(); // the new column count, now
        double content = groups.getHeight();
        double viewport = tilesScroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        javafx.geometry.Bounds b = groups.sceneToLocal(card.localToScene(card.getLayoutBounds()));
        double top = (content - viewport) * tilesScroll.getVvalue();
        if (b.getMinY() >= top && b.getMaxY() <= top + viewport) {
            return; // already in sight: do not move the board under the user's eyes
        }
        double wanted = Math.max(0, Math.min(content - viewport, b.getMinY() - 12));
        tilesScroll.setVvalue(wanted / (content - viewport));
    }

    /**
     * Queues the tiles whose card is out of date and lets {@link #applier} update them a few per frame;
     * re-lays out the groups only when the set or order of tiles changed.
     */
    private void render() {
        List<KpiTilesViewModel.KpiTile> tiles = vm.tiles();
        List<String> ids = new ArrayList<>(tiles.size());
        Palette p = palette.get();
        for (KpiTilesViewModel.KpiTile t : tiles) {
            ids.add(t.id());
            KpiTileCard card = cards.computeIfAbsent(t.id(), id -> newCard(id, t.reading().label(), p));
            if (card.isShowing(t, p)) {
                pending.remove(t.id());
            } else {
                pending.put(t.id(), t);
            }
        }
        pending.keySet().retainAll(ids);
        if (!ids.equals(laidOut)) {
            layoutGroups(tiles);
            laidOut = ids;
            styleHeadings(p);
        }
        if (!pending.isEmpty()) {
            settled.set(false);
            applier.start();
        }
    }

    /** Brings up to {@code max} cards up to date, top of the board first. */
    private void applyPending(int max) {
        Palette p = palette.get();
        var it = pending.values().iterator();
        for (int n = 0; n < max && it.hasNext(); n++) {
            KpiTilesViewModel.KpiTile t = it.next();
            it.remove();
            KpiTileCard card = cards.get(t.id());
            if (card != null) {
                card.update(t, p);
            }
        }
        if (pending.isEmpty()) {
            applier.stop();
            lastFrame = 0;
            settled.set(true);
        }
    }

    /**
     * True when every card shows the view model's current tiles; false while the updates are being
     * spread over the next frames.
     */
    public ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    private void styleHeadings(Palette p) {
        for (Node n : groups.getChildren()) {
            if (n instanceof Label heading) {
                heading.setStyle("-fx-font-size: 15px; -fx-font-weight: bold; -fx-padding: 6 0 0 2; -fx-text-fill: " + Palette.web(p.text()) + ";");
            }
        }
    }

    private KpiTileCard newCard(String id, String label, Palette p) {
        KpiTileCard card = new KpiTileCard(id, label, p);
        // a filter, not a handler: the TilesFX tile consumes the clicks on its own nodes
        card.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                detailVm.select(id);
            }
        });
        MenuItem earlier = new MenuItem("Move earlier");
        earlier.setOnAction(e -> vm.move(id, -1));
        MenuItem later = new MenuItem("Move later");
        later.setOnAction(e -> vm.move(id, 1));
        MenuItem hide = new MenuItem("Hide this tile");
        hide.setOnAction(e -> vm.hide(id));
        MenuItem open = new MenuItem("Open detail");
        open.setOnAction(e -> detailVm.select(id));
        ContextMenu menu = new ContextMenu(open, earlier, later, new SeparatorMenuItem(), hide);
        card.setOnContextMenuRequested(e -> menu.show(card, e.getScreenX(), e.getScreenY()));
        return card;
    }

    private void layoutGroups(List<KpiTilesViewModel.KpiTile> tiles) {
        groups.getChildren().clear();
        KpiGroup current = null;
        FlowPane flow = null;
        for (KpiTilesViewModel.KpiTile t : tiles) {
            if (t.group() != current) {
                current = t.group();
                Label heading = new Label(current.displayName());
                heading.getStyleClass().add("kpi-group-heading");
                heading.setId("group-" + current.name().toLowerCase(Locale.ROOT));
                heading.setStyle("-fx-font-size: 15px; -fx-font-weight: bold; -fx-padding: 6 0 0 2;");
                flow = new FlowPane(10, 10);
                flow.setPrefWrapLength(4 * (KpiTileCard.WIDTH + 10));
                groups.getChildren().addAll(heading, flow);
            }
            flow.getChildren().add(cards.get(t.id()));
        }
    }

    private void fillLayoutMenu(MenuButton menu) {
        menu.getItems().clear();
        for (KpiTilesViewModel.KpiTile t : vm.allTiles()) {
            CheckMenuItem item = new CheckMenuItem(t.group().displayName() + " · " + t.reading().label());
            item.setSelected(!vm.isHidden(t.id()));
            item.setOnAction(e -> {
                if (item.isSelected()) {
                    vm.show(t.id());
                } else {
                    vm.hide(t.id());
                }
            });
            menu.getItems().add(item);
        }
        MenuItem reset = new MenuItem("Show all in the contract's order");
        reset.setOnAction(e -> vm.resetLayout());
        menu.getItems().addAll(new SeparatorMenuItem(), reset);
    }

    /** Selects a KPI's tile and opens its detail (a toast's click lands here). */
    public void open(String id) {
        detailVm.select(id);
        KpiTileCard card = cards.get(id);
        if (card != null) {
            card.requestFocus();
        }
    }

    /** For tests and the benchmark: the card of a KPI, if shown. */
    Region card(String id) {
        return cards.get(id);
    }
}
