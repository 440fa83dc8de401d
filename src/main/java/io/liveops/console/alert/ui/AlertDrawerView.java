package io.liveops.console.alert.ui;

import io.liveops.console.alert.core.Alert;
import io.liveops.console.alert.core.AlertLevel;

import io.liveops.console.ui.kit.Icons;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The alert drawer: history newest first with time, what, old → new status, value and threshold; the
 * selected alert can be acknowledged, its KPI snoozed for 1 h, 4 h or until tomorrow, or opened.
 */
public final class AlertDrawerView extends VBox {

    public AlertDrawerView(AlertDrawerViewModel vm, Consumer<Alert> open) {
        setId("alert-drawer");
        getStyleClass().add("alert-drawer");
        setSpacing(6);
        setPadding(new Insets(8));
        setPrefWidth(400);
        setMinWidth(320);

        Label title = new Label("Alerts");
        title.getStyleClass().add("section-title");
        Button ackAll = new Button("Acknowledge all");
        ackAll.setId("alert-ack-all");
        ackAll.disableProperty().bind(vm.unacknowledgedProperty().isEqualTo(0));
        ackAll.setOnAction(e -> vm.acknowledgeAll());
        Button close = new Button("Close");
        close.setId("alert-drawer-close");
        close.setOnAction(e -> vm.openProperty().set(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, ackAll, close);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<AlertDrawerViewModel.Row> list = new ListView<>(vm.rows());
        list.setId("alert-list");
        list.setPlaceholder(new Label("No alerts yet. KPIs that get worse appear here."));
        list.setCellFactory(l -> new RowCell());
        list.setOnMouseClicked(e -> {
            var row = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                open.accept(row.alert());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        var selected = list.getSelectionModel().selectedItemProperty();
        BooleanBinding none = selected.isNull();
        BooleanBinding notAckable = Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().alert().kind() != Alert.Kind.RAISED || selected.get().alert().acknowledged(), selected);
        Button ack = new Button("Acknowledge");
        ack.setId("alert-ack");
        ack.disableProperty().bind(notAckable);
        ack.setOnAction(e -> vm.acknowledge(selected.get()));
        Button hour = new Button("Snooze 1 h");
        hour.setId("alert-snooze-1h");
        hour.setOnAction(e -> vm.snoozeOneHour(selected.get()));
        Button four = new Button("4 h");
        four.setId("alert-snooze-4h");
        four.setOnAction(e -> vm.snoozeFourHours(selected.get()));
        Button tomorrow = new Button("Until tomorrow");
        tomorrow.setId("alert-snooze-tomorrow");
        tomorrow.setOnAction(e -> vm.snoozeUntilTomorrow(selected.get()));
        Button show = new Button("Open");
        show.setId("alert-open");
        show.setOnAction(e -> open.accept(selected.get().alert()));
        for (Button b : new Button[] {hour, four, tomorrow, show}) {
            b.disableProperty().bind(none);
        }
        HBox actions = new HBox(6, ack, show);
        HBox snooze = new HBox(6, hour, four, tomorrow);
        Label message = new Label();
        message.setId("alert-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        getChildren().addAll(header, list, actions, snooze, message);
    }

    private static final class RowCell extends ListCell<AlertDrawerViewModel.Row> {
        @Override
        protected void updateItem(AlertDrawerViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(s -> s.startsWith("alert-level-"));
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Alert a = row.alert();
            boolean recovered = a.kind() == Alert.Kind.RECOVERED;
            // the icon's shape and its CSS colour class (icon-ok, icon-warning, icon-critical) say the level
            FontIcon icon = recovered ? Icons.OK.create() : a.level() == AlertLevel.CRITICAL ? Icons.CRITICAL.create() : Icons.WARNING.create();
            Label head = new Label(row.timeText() + "  " + a.title());
            head.setStyle(recovered ? "" : "-fx-font-weight: bold;");
            Label detail = new Label(a.detailText().orElse("") + (row.stateText().isEmpty() ? "" : " · " + row.stateText()));
            detail.setWrapText(true);
            detail.setMaxWidth(320);
            detail.getStyleClass().add("alert-detail");
            HBox box = new HBox(8, icon, new VBox(2, head, detail));
            box.setAlignment(Pos.TOP_LEFT);
            setText(null);
            setGraphic(box);
            getStyleClass().add("alert-level-" + (recovered ? "ok" : a.level().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
