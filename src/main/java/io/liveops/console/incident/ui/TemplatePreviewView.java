package io.liveops.console.incident.ui;

import io.liveops.console.incident.core.TemplateKind;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The template buttons, the editable preview and Copy, bound to {@link TemplatePreviewViewModel}. */
final class TemplatePreviewView extends VBox {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    TemplatePreviewView(TemplatePreviewViewModel vm) {
        super(6);
        FlowPane buttons = new FlowPane(6, 6);
        for (TemplateKind k : TemplateKind.values()) {
            Button b = new Button(k.label());
            b.setId("template-" + k.name());
            b.setOnAction(e -> vm.open(k));
            buttons.getChildren().add(b);
        }
        TextArea preview = new TextArea();
        preview.setId("template-preview");
        preview.setPrefRowCount(7);
        preview.setWrapText(true);
        preview.textProperty().bindBidirectional(vm.textProperty());
        preview.disableProperty().bind(vm.kindProperty().isNull().or(vm.loadingProperty()));
        Label info = new Label();
        info.setId("template-info");
        info.getStyleClass().add("template-info");
        info.setWrapText(true);
        info.textProperty().bind(vm.infoProperty());
        vm.problemProperty().addListener((o, was, now) -> info.pseudoClassStateChanged(PROBLEM, now));
        Button copy = new Button("Copy");
        copy.setId("copy-template");
        copy.disableProperty().bind(vm.kindProperty().isNull().or(vm.loadingProperty()));
        copy.setOnAction(e -> vm.copy());
        Button reload = new Button("Read templates again");
        reload.setId("reload-templates");
        reload.setTooltip(new Tooltip("After editing a file in the incident-templates folder"));
        reload.setOnAction(e -> vm.reloadTemplates());
        FlowPane actions = new FlowPane(8, 4, copy, info);
        actions.setAlignment(Pos.CENTER_LEFT);
        FlowPane more = new FlowPane(8, 4, reload);
        getChildren().addAll(buttons, preview, actions, more);
    }
}
