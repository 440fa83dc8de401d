package io.liveops.console.calendar.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The drip campaigns and push triggers pane: each step, when it fires, its warehouse count and its template text. */
final class CampaignsView extends ScrollPane {

    CampaignsView(CampaignsViewModel vm) {
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setId("campaigns");
        Label heading = wrapped("");
        heading.getStyleClass().add("pane-heading");
        heading.textProperty().bind(vm.headingProperty());
        Label note = wrapped("");
        note.getStyleClass().add("muted");
        note.textProperty().bind(vm.noteProperty());
        VBox drip = new VBox(6);
        VBox push = new VBox(6);
        fill(drip, vm.drip());
        fill(push, vm.push());
        vm.drip().addListener((ListChangeListener<CampaignsViewModel.Row>) c -> fill(drip, vm.drip()));
        vm.push().addListener((ListChangeListener<CampaignsViewModel.Row>) c -> fill(push, vm.push()));
        Label dripTitle = wrapped("Email drip after signup");
        dripTitle.getStyleClass().add("pane-heading");
        Label pushTitle = wrapped("Push triggers");
        pushTitle.getStyleClass().add("pane-heading");
        VBox content = new VBox(8, heading, note, dripTitle, drip, pushTitle, push);
        content.setStyle("-fx-padding: 8;");
        setContent(content);
    }

    private static void fill(VBox box, ObservableList<CampaignsViewModel.Row> rows) {
        box.getChildren().clear();
        for (CampaignsViewModel.Row r : rows) {
            Label title = wrapped(r.title() + (r.count().isEmpty() ? "" : ": " + r.count()));
            title.setStyle("-fx-font-weight: bold;");
            Label when = wrapped(r.when());
            when.getStyleClass().add("muted");
            Label template = wrapped(r.template().strip());
            template.getStyleClass().add("field-label");
            box.getChildren().add(new VBox(1, title, when, template));
        }
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
