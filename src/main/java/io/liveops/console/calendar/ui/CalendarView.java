package io.liveops.console.calendar.ui;

import io.liveops.console.calendar.core.Channel;
import io.liveops.console.calendar.core.ItemStatus;
import java.io.File;
import java.net.URL;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Calendar tab: toolbar (view, previous/today/next, new, export, import), the channel and status
 * legend, the month, week or agenda view, and the side pane (item, rules, campaigns). Binds and
 * forwards only.
 */
final class CalendarView extends BorderPane {

    private final CalendarViewModel vm;
    private final ExchangeViewModel exchange;
    private final DayGridView grid;
    private final AgendaView agenda;
    private final StackPane center = new StackPane();
    private final TabPane side = new TabPane();
    private final Tab itemTab;

    public CalendarView(CalendarViewModel vm, RuleEditorViewModel rules, CampaignsViewModel campaigns, ExchangeViewModel exchange) {
        this.vm = vm;
        this.exchange = exchange;
        getStyleClass().add("calendar");
        setId("calendar-view");
        URL css = CalendarView.class.getResource("/assets/css/calendar.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        grid = new DayGridView(vm);
        agenda = new AgendaView(vm);

        ToggleGroup modes = new ToggleGroup();
        HBox modeButtons = new HBox();
        for (CalendarViewModel.Mode m : CalendarViewModel.Mode.values()) {
            ToggleButton b = new ToggleButton(m.name().charAt(0) + m.name().substring(1).toLowerCase());
            b.setId("mode-" + m.name().toLowerCase());
            b.setToggleGroup(modes);
            b.setSelected(vm.modeProperty().get() == m);
            b.setOnAction(e -> {
                vm.show(m);
                b.setSelected(true);
            });
            vm.modeProperty().addListener((o, was, now) -> b.setSelected(now == m));
            b.setMinWidth(Region.USE_PREF_SIZE);
            modeButtons.getChildren().add(b);
        }
        Label title = new Label();
        title.setId("calendar-title");
        title.getStyleClass().add("cal-title");
        title.textProperty().bind(vm.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button newItem = ItemEditorView.button("New item", "calendar-new", this::newItem);
        FlowPane toolbar = new FlowPane(6, 4, modeButtons, ItemEditorView.button("◀", "calendar-previous", vm::previous),
                ItemEditorView.button("Today", "calendar-today", vm::goToday), ItemEditorView.button("▶", "calendar-next", vm::next), title,
                newItem, ItemEditorView.button("Export .ics", "calendar-export-ics", exchange::exportIcs),
                ItemEditorView.button("Export CSV", "calendar-export-csv", exchange::exportCsv),
                ItemEditorView.button("Import .ics…", "calendar-import", this::importIcs));
        toolbar.getStyleClass().add("cal-toolbar");

        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("cal-legend");
        legend.setId("calendar-legend");
        for (Channel c : Channel.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", "channel-" + c.id());
            Label l = new Label(c.label(), swatch);
            l.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(l);
        }
        for (ItemStatus s : ItemStatus.values()) {
            Label l = new Label(s.label(), EntryChip.statusIcon(s).create());
            l.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(l);
        }
        Label overdue = new Label("Overdue", io.liveops.console.ui.kit.Icons.OVERDUE.create());
        Label clash = new Label("Clash", io.liveops.console.ui.kit.Icons.CLASH.create());
        overdue.setMinWidth(Region.USE_PREF_SIZE);
        clash.setMinWidth(Region.USE_PREF_SIZE);
        legend.getChildren().addAll(overdue, clash);

        Label message = new Label();
        message.setId("calendar-message");
        message.getStyleClass().add("cal-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox notes = new VBox();
        vm.notes().addListener((ListChangeListener<String>) c -> {
            notes.getChildren().clear();
            for (String n : vm.notes()) {
                Label l = new Label(n);
                l.setWrapText(true);
                l.getStyleClass().add("cal-note");
                l.setMaxWidth(Double.MAX_VALUE);
                notes.getChildren().add(l);
            }
        });
        Label seasons = new Label();
        seasons.getStyleClass().add("cal-seasons");
        seasons.setWrapText(true);
        seasons.textProperty().bind(vm.seasonsFromProperty());
        setTop(new VBox(toolbar, legend, message, notes, seasons));

        center.getStyleClass().add("cal-center");
        center.setMinSize(0, 0);
        setCenter(center);
        center.setFocusTraversable(true);
        setOnKeyPressed(e -> {
            if (e.isAltDown()) {
                long days = e.getCode() == KeyCode.LEFT ? -1 : e.getCode() == KeyCode.RIGHT ? 1 : e.getCode() == KeyCode.UP ? -7
                        : e.getCode() == KeyCode.DOWN ? 7 : 0;
                if (days != 0) {
                    vm.moveSelected(days);
                    e.consume();
                }
            }
        });

        itemTab = new Tab("Item", new ItemEditorView(vm.editor(), vm));
        Tab rulesTab = new Tab("Rules", new RuleEditorView(rules));
        Tab campaignsTab = new Tab("Drip & push", new CampaignsView(campaigns));
        side.getTabs().addAll(itemTab, rulesTab, campaignsTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.getStyleClass().add("side-pane");
        side.setPrefWidth(330);
        side.setMinWidth(280);
        setRight(side);
        vm.editor().openProperty().addListener((o, was, now) -> {
            if (now) {
                side.getSelectionModel().select(itemTab);
            }
        });
        campaigns.show(vm.anchorProperty().get());
        vm.anchorProperty().addListener((o, was, now) -> campaigns.show(now));

        InvalidationListener rebuild = o -> rebuild();
        vm.days().addListener(rebuild);
        vm.entries().addListener(rebuild);
        vm.todayProperty().addListener(rebuild);
        vm.modeProperty().addListener(rebuild);
        rebuild();
        HBox.setHgrow(center, Priority.ALWAYS);
    }

    private void rebuild() {
        if (vm.modeProperty().get() == CalendarViewModel.Mode.AGENDA) {
            agenda.rebuild();
            center.getChildren().setAll(agenda);
        } else {
            grid.rebuild();
            center.getChildren().setAll(grid);
        }
    }

    /** The tab's own shortcut (Ctrl+Shift+N): a new item on the focused day. */
    public void newItem() {
        vm.createOn(vm.anchorProperty().get());
    }

    private void importIcs() {
        exchange.importIcs();
    }
}
