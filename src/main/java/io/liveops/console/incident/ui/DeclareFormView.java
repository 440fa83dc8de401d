package io.liveops.console.incident.ui;

import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.SeverityPolicy;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The declare form above the board, bound to {@link DeclareFormViewModel}; shown while it is open. */
final class DeclareFormView extends GridPane {

    private static final PseudoClass TOO_LONG = PseudoClass.getPseudoClass("too-long");

    private final TextField title = new TextField();

    DeclareFormView(DeclareFormViewModel vm, Supplier<SeverityPolicy> policy) {
        getStyleClass().add("incident-form");
        setId("declare-form");
        setHgap(8);
        setVgap(6);

        title.setId("incident-title");
        title.setPromptText("What is broken, in one line");
        title.textProperty().bindBidirectional(vm.titleProperty());
        Label count = new Label();
        count.setId("title-count");
        count.getStyleClass().add("title-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(vm.titleCountProperty());
        vm.titleTooLongProperty().addListener((o, was, now) -> count.pseudoClassStateChanged(TOO_LONG, now));

        TextField issue = new TextField();
        issue.setId("incident-issue");
        issue.setPromptText("e.g. problems with guild chat");
        issue.textProperty().bindBidirectional(vm.issueProperty());
        Label issueHint = new Label("Reads in \"We're currently experiencing …\" in the announcements.");
        issueHint.getStyleClass().add("field-hint");
        issueHint.setWrapText(true);

        ChoiceBox<Severity> severity = new ChoiceBox<>();
        severity.setId("incident-severity");
        severity.getItems().setAll(Severity.values());
        severity.setConverter(IncidentBoardView.converter(s -> s + " — " + policy.get().rule(s).meaning()));
        severity.valueProperty().bindBidirectional(vm.severityProperty());
        severity.setMaxWidth(Double.MAX_VALUE);
        TextField feature = new TextField();
        feature.setId("incident-feature");
        feature.setPromptText("Affected feature (chat, login, …)");
        feature.textProperty().bindBidirectional(vm.featureProperty());
        TextArea description = new TextArea();
        description.setId("incident-description");
        description.setPromptText("Optional: what users see");
        description.setPrefRowCount(2);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(vm.descriptionProperty());

        Label error = new Label();
        error.setId("incident-form-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Button declare = new Button("Declare");
        declare.setId("declare-incident");
        declare.setDefaultButton(true);
        declare.setOnAction(e -> vm.declare());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());

        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields, labels, fields);
        HBox titleRow = new HBox(6, title, count);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        addRow(0, label("Title"), titleRow, label("Severity"), severity);
        addRow(1, label("Issue, as users would say it"), new VBox(2, issue, issueHint), label("Feature"), feature);
        add(label("Description"), 0, 2);
        add(description, 1, 2, 3, 1);
        FlowPane buttons = new FlowPane(8, 4, declare, cancel, error);
        buttons.setAlignment(Pos.CENTER_LEFT);
        add(buttons, 1, 3, 3, 1);
        visibleProperty().bind(vm.openProperty());
        managedProperty().bind(vm.openProperty());
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    void focusTitle() {
        title.requestFocus();
    }
}
