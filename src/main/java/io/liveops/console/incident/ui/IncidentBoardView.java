package io.liveops.console.incident.ui;

import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.Status;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Incidents tab, built in code and bound to {@link IncidentBoardViewModel}: four columns of
 * cards (drag a card, or its arrows, or Alt+←/→ on the selected one; Alt+R resolves), the declare
 * form (Ctrl+N) and the resolution note above them, the selected incident beside them, and the
 * history. The board and the detail share the width by fixed shares, so the tab reflows whenever
 * the window is resized. Styled by assets/css/incidents.css from the theme's colours.
 */
final class IncidentBoardView extends BorderPane {

    /** The detail pane's share of the width; the columns get the rest. */
    private static final double DETAIL_SHARE = 34;

    private final IncidentBoardViewModel vm;
    private final Map<Status, VBox> columns = new EnumMap<>(Status.class);
    private final Map<IncidentCard, IncidentCardView> cardViews = new HashMap<>();
    private final DeclareFormView form;
    private final Tab boardTab;

    public IncidentBoardView(IncidentBoardViewModel vm) {
        this.vm = vm;
        getStyleClass().add("incident-board");
        setId("incident-board");
        URL css = IncidentBoardView.class.getResource("/assets/css/incidents.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        form = new DeclareFormView(vm.form(), vm::policy);
        boardTab = new Tab("Board", board());

        Button newIncident = new Button("New incident (Ctrl+N)");
        newIncident.setId("new-incident");
        newIncident.setOnAction(e -> openForm());
        ChoiceBox<SeverityPolicy.Preset> preset = new ChoiceBox<>();
        preset.setId("policy-preset");
        preset.getItems().setAll(SeverityPolicy.Preset.values());
        preset.setConverter(converter(p -> "Policy: " + p.label()));
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        Button reload = new Button("Reload");
        reload.setOnAction(e -> vm.reload());
        Label message = new Label();
        message.setId("incident-message");
        message.getStyleClass().add("incident-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        ToolBar bar = new ToolBar(newIncident, preset, reload, message);
        // the message wraps inside the width the buttons leave, instead of being cut at the window's edge
        message.maxWidthProperty().bind(bar.widthProperty().subtract(
                newIncident.widthProperty().add(preset.widthProperty()).add(reload.widthProperty()).add(60)));
        setTop(new VBox(bar, form, new ResolveFormView(vm.resolve())));

        TabPane tabs = new TabPane(boardTab, new Tab("History", new IncidentHistoryView(vm.history(), vm.zone())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
                openForm();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                vm.moveSelected(true);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                vm.moveSelected(false);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.R) {
                vm.resolveSelected();
                e.consume();
            }
        });
    }

    /** Shows an incident's card on the board (from a toast or the alert drawer). */
    public void open(long id) {
        boardTab.getTabPane().getSelectionModel().select(boardTab);
        vm.select(id);
    }

    /** Opens the declare form on the board (Ctrl+N anywhere in the console). */
    public void declareNew() {
        boardTab.getTabPane().getSelectionModel().select(boardTab);
        openForm();
    }

    private void openForm() {
        vm.form().openForm();
        form.focusTitle();
    }

    private Node board() {
        HBox cols = new HBox(8);
        cols.setPadding(new Insets(8));
        cols.setMinWidth(0);
        for (Status s : Status.values()) {
            cols.getChildren().add(column(s));
        }
        vm.cards().addListener((ListChangeListener<IncidentCard>) c -> {
            while (c.next()) {
                for (IncidentCard added : c.getAddedSubList()) {
                    added.incidentProperty().addListener((o, was, now) -> placeCards());
                }
            }
            placeCards();
        });
        for (IncidentCard card : vm.cards()) {
            card.incidentProperty().addListener((o, was, now) -> placeCards());
        }
        vm.selectedProperty().addListener((o, was, now) -> cardViews.forEach((card, view) -> view.setSelected(card == now)));
        placeCards();

        GridPane split = new GridPane();
        ColumnConstraints boardShare = new ColumnConstraints();
        boardShare.setPercentWidth(100 - DETAIL_SHARE);
        ColumnConstraints detailShare = new ColumnConstraints();
        detailShare.setPercentWidth(DETAIL_SHARE);
        RowConstraints fill = new RowConstraints();
        fill.setVgrow(Priority.ALWAYS);
        fill.setFillHeight(true);
        split.getColumnConstraints().addAll(boardShare, detailShare);
        split.getRowConstraints().add(fill);
        IncidentDetailView detail = new IncidentDetailView(vm);
        split.add(cols, 0, 0);
        split.add(detail, 1, 0);
        return split;
    }

    private Node column(Status s) {
        VBox cards = new VBox(8);
        cards.setId("column-" + s.name());
        cards.setFillWidth(true);
        columns.put(s, cards);
        Label head = new Label(s.label());
        head.getStyleClass().add("incident-column-title");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox column = new VBox(6, head, scroll);
        column.getStyleClass().add("incident-column");
        column.setMinWidth(0);
        column.setPrefWidth(200);
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setOnDragOver(e -> {
            if (e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        column.setOnDragDropped(e -> {
            IncidentCard card = e.getDragboard().hasString() ? findCard(e.getDragboard().getString()) : null;
            if (card != null) {
                vm.move(card, s);
            }
            e.setDropCompleted(card != null);
            e.consume();
        });
        return column;
    }

    private IncidentCard findCard(String id) {
        return vm.cards().stream().filter(c -> String.valueOf(c.incident().id()).equals(id)).findFirst().orElse(null);
    }

    /** Puts each card's view in its column, worst severity first, then newest; a card keeps its view. */
    private void placeCards() {
        cardViews.keySet().retainAll(vm.cards());
        Map<Status, List<Node>> nodes = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            nodes.put(s, new ArrayList<>());
        }
        vm.cards().stream()
                .sorted(Comparator.comparing((IncidentCard c) -> c.incident().severity())
                        .thenComparing(c -> c.incident().declaredAt(), Comparator.reverseOrder()))
                .forEach(card -> nodes.get(card.incident().status()).add(cardViews.computeIfAbsent(card, c -> {
                    IncidentCardView view = new IncidentCardView(c, vm);
                    view.setSelected(vm.selectedProperty().get() == c);
                    return view;
                })));
        nodes.forEach((s, list) -> columns.get(s).getChildren().setAll(list));
    }

    static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            /** The choices are picked, never typed, so there is no text to read back: no item. */
            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
