package io.liveops.console.economy.ui;

import io.liveops.console.economy.core.Gauge;
import io.liveops.console.economy.core.Recommendation;
import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.kit.Palette;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Economy tab: a toolbar (the board's as-of day, the currency, refresh, freshness), the three gauges, the season and
 * the recommendation cards, then the drill-downs. Built in code; it only lays out and binds the {@link EconomyViewModel}.
 */
final class EconomyView extends BorderPane {

    private final EconomyViewModel vm;
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.LIGHT);
    private final Map<Gauge, GaugeCard> cards = new EnumMap<>(Gauge.class);
    private final VBox recommendationCards = new VBox(8);
    private final EconomyDrillDown drillDown;

    /** @param dark the console's theme: TilesFX and JFreeChart draw outside CSS, so they are coloured from the palette */
    public EconomyView(EconomyViewModel vm, ObservableBooleanValue dark) {
        this.vm = vm;
        palette.bind(Bindings.createObjectBinding(() -> Palette.of(dark.get()), dark));
        setId("economy-view");
        getStyleClass().add("economy-view");
        URL css = EconomyView.class.getResource("/assets/css/economy.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        setTop(toolbar());
        drillDown = new EconomyDrillDown(vm, palette);
        drillDown.setMinHeight(330);
        VBox.setVgrow(drillDown, Priority.ALWAYS);
        VBox content = new VBox(10, overview(), drillDown);
        content.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("economy-scroll");
        setCenter(scroll);
        palette.addListener((o, a, p) -> cards.forEach((g, card) -> card.show(vm.gaugeProperty(g).get(), p)));
    }

    private Node toolbar() {
        Label asOf = new Label();
        asOf.setId("economy-as-of");
        asOf.textProperty().bind(Bindings.createStringBinding(() -> vm.asOfProperty().get() == null ? "As of —"
                : "As of " + vm.asOfProperty().get(), vm.asOfProperty()));
        asOf.setTooltip(new Tooltip("The KPI board's as-of day: change it on the KPIs tab and this tab follows."));
        asOf.getStyleClass().add("economy-as-of");
        asOf.setMinWidth(Region.USE_PREF_SIZE);
        Label currencyLabel = new Label("Currency");
        currencyLabel.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<String> currency = new ComboBox<>(vm.currencies());
        currency.setId("economy-currency");
        currency.valueProperty().bindBidirectional(vm.currencyProperty());
        currency.setPrefWidth(110);
        currency.setMinWidth(Region.USE_PREF_SIZE);
        currency.setTooltip(new Tooltip("The ratio gauge, the sources and sinks chart and their table follow this currency; "
                + "the KPI earn_spend_ratio_7d stays on the currency economy.json names."));
        Button refresh = new Button("Refresh", Icons.REFRESH.create());
        refresh.setId("economy-refresh");
        refresh.setOnAction(e -> vm.refresh());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        Label state = new Label();
        state.setId("economy-state");
        state.textProperty().bind(vm.stateTextProperty());
        state.getStyleClass().add("economy-state");
        state.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(state, Priority.ALWAYS);
        state.setTooltip(new Tooltip());
        state.getTooltip().textProperty().bind(vm.stateTextProperty());
        vm.staleProperty().addListener((o, a, s) -> state.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("stale"), s));
        HBox bar = new HBox(10, asOf, currencyLabel, currency, refresh, state);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("tool-bar-row");
        return bar;
    }

    private Node overview() {
        HBox gauges = new HBox(8);
        gauges.setId("economy-gauges");
        for (Gauge g : Gauge.values()) {
            GaugeCard card = new GaugeCard(g.kpiId(), vm.gaugeProperty(g).get(), palette.get());
            cards.put(g, card);
            vm.gaugeProperty(g).addListener((o, a, state) -> card.show(state, palette.get()));
            gauges.getChildren().add(card);
        }
        vm.updatingProperty().addListener((o, a, b) -> marks());
        vm.staleProperty().addListener((o, a, b) -> marks());
        gauges.setMinWidth(Region.USE_PREF_SIZE);

        Label season = new Label();
        season.setId("economy-season");
        season.textProperty().bind(vm.seasonTextProperty());
        season.getStyleClass().add("economy-season");
        season.setWrapText(true);
        Label base = new Label();
        base.setId("economy-base-window");
        base.textProperty().bind(vm.baseWindowTextProperty());
        base.getStyleClass().add("economy-note");
        base.setWrapText(true);
        VBox seasonPanel = new VBox(2, sectionTitle("Season"), season, base);
        seasonPanel.getStyleClass().add("economy-panel");

        Label note = new Label();
        note.textProperty().bind(vm.recommendationsNoteProperty());
        note.visibleProperty().bind(vm.recommendationsNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        note.setWrapText(true);
        note.getStyleClass().add("economy-note");
        recommendationCards.setId("economy-recommendations");
        vm.recommendations().addListener((ListChangeListener<Recommendation>) c -> showRecommendations());
        showRecommendations();
        VBox recs = new VBox(6, sectionTitle("Recommendations"), note, recommendationCards);
        ScrollPane recScroll = new ScrollPane(recs);
        recScroll.setFitToWidth(true);
        recScroll.getStyleClass().add("economy-scroll");
        recScroll.setPrefViewportHeight(180);
        VBox.setVgrow(recScroll, Priority.ALWAYS);
        VBox right = new VBox(8, seasonPanel, recScroll);
        right.setMinWidth(260);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox row = new HBox(10, gauges, right);
        row.setMinHeight(Region.USE_PREF_SIZE);
        return row;
    }

    private void marks() {
        cards.values().forEach(c -> c.marks(vm.updatingProperty().get(), vm.staleProperty().get()));
    }

    private void showRecommendations() {
        recommendationCards.getChildren().clear();
        for (Recommendation r : vm.recommendations()) {
            recommendationCards.getChildren().add(card(r));
        }
    }

    private Node card(Recommendation r) {
        FontIcon icon = Icons.forStatus(r.status()).create();
        Label action = new Label(r.action(), icon);
        action.getStyleClass().add("recommendation-action");
        action.setWrapText(true);
        Label text = new Label(r.text());
        text.setWrapText(true);
        text.getStyleClass().add("recommendation-text");
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(4, action, text);
        card.setId("recommendation-" + r.gauge().kpiId());
        card.getStyleClass().addAll("recommendation-card", "recommendation-" + r.status().id());
        if (r.opensIncident()) {
            Button open = new Button("Open incident", Icons.INCIDENT.create());
            open.setId("economy-open-incident");
            open.disableProperty().bind(vm.incident().busyProperty());
            open.setOnAction(e -> vm.openIncident());
            open.setMinWidth(Region.USE_PREF_SIZE);
            Label outcome = new Label();
            outcome.textProperty().bind(vm.incident().messageProperty());
            outcome.setWrapText(true);
            outcome.getStyleClass().add("economy-note");
            HBox.setHgrow(outcome, Priority.ALWAYS);
            HBox buttons = new HBox(8, open, outcome);
            buttons.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(buttons);
        }
        return card;
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("economy-title");
        return l;
    }

    /** For tests: the gauge cards and the drill-downs. */
    Map<Gauge, GaugeCard> gaugeCards() {
        return cards;
    }

    EconomyDrillDown drillDown() {
        return drillDown;
    }
}
