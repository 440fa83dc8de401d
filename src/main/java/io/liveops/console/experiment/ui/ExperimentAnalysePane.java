package io.liveops.console.experiment.ui;

import io.liveops.console.experiment.core.ExperimentSummary;
import io.liveops.console.experiment.core.stats.Correction;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.Guardrail;
import io.liveops.console.experiment.ui.ExperimentFormViewModel.Field;
import io.liveops.console.experiment.ui.ExperimentFormViewModel.Source;
import io.liveops.console.experiment.ui.ExperimentRows.ArmRow;
import io.liveops.console.experiment.ui.ExperimentRows.GuardrailRow;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** "2 · Analyse": where the numbers come from, the arms, the plan and split, the inference options, the guardrails, and Analyse. */
final class ExperimentAnalysePane {

    private final ExperimentViewModel vm;
    private final ExperimentFormViewModel form;
    private final ExperimentControls controls;
    private final VBox armsBox = new VBox(6);
    private final VBox guardrailsBox = new VBox(6);

    ExperimentAnalysePane(ExperimentViewModel vm, ExperimentControls controls) {
        this.vm = vm;
        this.form = vm.form();
        this.controls = controls;
    }

    Node build() {
        ToggleGroup sourceGroup = new ToggleGroup();
        RadioButton manual = new RadioButton("By hand");
        RadioButton warehouse = new RadioButton("Warehouse");
        warehouse.setId("source-warehouse");
        manual.setToggleGroup(sourceGroup);
        warehouse.setToggleGroup(sourceGroup);
        manual.setSelected(form.sourceProperty().get() == Source.MANUAL);
        warehouse.setSelected(!manual.isSelected());
        sourceGroup.selectedToggleProperty().addListener((o, a, b) -> form.sourceProperty().set(b == warehouse ? Source.WAREHOUSE : Source.MANUAL));
        form.sourceProperty().addListener((o, a, b) -> (b == Source.WAREHOUSE ? warehouse : manual).setSelected(true));

        ComboBox<ExperimentSummary> experiment = new ComboBox<>(vm.warehouse().experiments());
        experiment.setId("experiment-choice");
        experiment.valueProperty().bindBidirectional(vm.warehouse().selectedProperty());
        experiment.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExperimentSummary s) {
                return s == null ? "" : s.info().name() == null ? s.info().id() : s.info().name() + " (" + s.info().id() + ")";
            }

            @Override
            public ExperimentSummary fromString(String s) {
                return null;
            }
        });
        experiment.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ExperimentSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : WarehouseExperimentsViewModel.describe(item));
            }
        });
        experiment.setPromptText("pick an experiment");
        experiment.setPrefWidth(220);
        experiment.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(experiment, Priority.ALWAYS);
        Button refresh = new Button("Reload");
        refresh.setMinWidth(Control.USE_PREF_SIZE);
        refresh.setOnAction(e -> vm.warehouse().refresh());
        controls.decorate(experiment, form.errorProperty(Field.EXPERIMENT));
        Label picked = ExperimentControls.small(vm.warehouse().selectedDescriptionProperty());
        picked.setId("experiment-summary");

        ChoiceBox<MetricKind> kind = ExperimentControls.kindChoice();
        kind.valueProperty().bindBidirectional(form.kindProperty());
        form.arms().addListener((ListChangeListener<ArmRow>) c -> rebuildArms());
        rebuildArms();
        Button add = new Button("+ variant");
        add.setOnAction(e -> form.addVariant());
        Button remove = new Button("− variant");
        remove.setOnAction(e -> form.removeVariant());
        Label armsError = ExperimentControls.small(form.errorProperty(Field.ARMS));
        armsError.getStyleClass().add("experiment-error");

        ChoiceBox<Correction> correction = ExperimentControls.choice(Correction.values(), c -> switch (c) {
            case HOLM -> "Holm (family-wise)";
            case BH -> "Benjamini-Hochberg (false discoveries)";
            case NONE -> "none";
        });
        correction.setId("correction");
        correction.valueProperty().bindBidirectional(form.correctionProperty());
        CheckBox sequential = new CheckBox("always valid (sequential)");
        sequential.setId("sequential");
        sequential.setMinWidth(Control.USE_PREF_SIZE);
        sequential.selectedProperty().bindBidirectional(form.sequentialProperty());
        sequential.setTooltip(new Tooltip("Intervals and p-values that hold at every look, so the test may be read every day (Waudby-Smith et al., as GrowthBook)"));
        TextField nStar = controls.field("n-star", form.nStarProperty(), form.errorProperty(Field.N_STAR));
        ExperimentControls.sized(nStar, 70);
        nStar.disableProperty().bind(form.sequentialProperty().not());
        Label nStarLabel = ExperimentControls.label("N*", "The sample size at which the always-valid interval is tightest");
        CheckBox cuped = new CheckBox("CUPED (pre-exposure adjustment)");
        cuped.setId("cuped");
        cuped.setMinWidth(Control.USE_PREF_SIZE);
        cuped.setTooltip(new Tooltip("Adjusts each user's metric with the same metric in the 14 days before exposure: the same answer, sooner"));
        cuped.selectedProperty().bindBidirectional(form.cupedProperty());

        TextField alpha = controls.field("alpha", form.alphaProperty(), form.errorProperty(Field.ALPHA));
        TextField planned = controls.field("planned", form.plannedPerArmProperty(), form.errorProperty(Field.PLANNED));
        planned.setPromptText("optional");
        TextField split = controls.field("split", form.plannedSplitProperty(), form.errorProperty(Field.WEIGHTS));
        ExperimentControls.sized(split, ExperimentControls.TEXT);
        split.setPromptText("empty: no SRM check");
        form.guardrails().addListener((ListChangeListener<GuardrailRow>) c -> rebuildGuardrails());
        rebuildGuardrails();
        Button addRail = new Button("+ guardrail");
        addRail.setOnAction(e -> form.addGuardrail());

        // the rows of the source in use only: by hand the arms, from the warehouse the experiment and CUPED
        Node[] byHand = {ExperimentControls.label("Metric"), kind,
            ExperimentControls.label("Arms", "Conversion: successes/trials, e.g. 450/1000. Continuous: MEAN,SD,N"),
            new VBox(6, armsBox, row(add, remove), armsError)};
        Node[] fromWarehouse = {ExperimentControls.label("Experiment"), new VBox(4, row(experiment, refresh), picked)};
        Node[] options = {ExperimentControls.label("Alpha"), alpha,
            ExperimentControls.label("Planned per arm", "The sample size the test was planned for; below it a result is a peek"), planned,
            ExperimentControls.label("Planned split", "For the sample-ratio check: 'equal', weights such as 50,50, or empty to skip it"), split,
            ExperimentControls.label("Correction", "How p-values are corrected for several variants and metrics"), correction,
            ExperimentControls.label("Inference"), new VBox(6, row(sequential, nStarLabel, nStar), cuped),
            ExperimentControls.label("Guardrails", "Metrics that must not degrade beyond the tolerated change. By hand: one value per arm separated by ';'"),
            new VBox(6, guardrailsBox, addRail)};
        GridPane g = ExperimentControls.grid();
        Label sourceLabel = ExperimentControls.label("Source");
        Node sourceRow = row(manual, warehouse);
        Runnable place = () -> {
            boolean byHandNow = form.sourceProperty().get() == Source.MANUAL;
            g.getChildren().clear();
            int r = 0;
            g.addRow(r++, sourceLabel, sourceRow);
            Node[] rows = byHandNow ? byHand : fromWarehouse;
            for (int i = 0; i < rows.length; i += 2) {
                g.addRow(r++, rows[i], rows[i + 1]);
            }
            for (int i = 0; i < options.length; i += 2) {
                g.addRow(r++, options[i], options[i + 1]);
            }
            cuped.setVisible(!byHandNow);
            cuped.setManaged(!byHandNow);
        };
        form.sourceProperty().addListener((o, a, b) -> place.run());
        place.run();
        for (Node[] rows : List.of(new Node[] {sourceLabel, sourceRow}, byHand, fromWarehouse, options)) {
            for (int i = 0; i < rows.length; i += 2) {
                ExperimentControls.alignLabel((Label) rows[i], rows[i + 1]);
            }
        }

        Button analyse = new Button("Analyse");
        analyse.setId("analyse");
        analyse.setDefaultButton(true);
        analyse.setMinWidth(Control.USE_PREF_SIZE);
        analyse.getStyleClass().add("accent");
        analyse.disableProperty().bind(vm.busyProperty());
        analyse.setOnAction(e -> vm.analyze());
        Label status = ExperimentControls.note(vm.statusProperty());
        status.setId("experiment-status");
        return ExperimentControls.card("2 · Analyse: did the variant win?", analyse, new VBox(10, status, g));
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void rebuildArms() {
        armsBox.getChildren().clear();
        for (ArmRow row : form.arms()) {
            Label name = new Label();
            name.textProperty().bind(row.nameProperty());
            name.setMinWidth(70);
            TextField text = new TextField();
            text.setId("arm-" + form.arms().indexOf(row));
            text.textProperty().bindBidirectional(row.textProperty());
            text.promptTextProperty().bind(Bindings.when(form.kindProperty().isEqualTo(MetricKind.BINARY)).then("450/1000").otherwise("4.2,3.1,1500"));
            ExperimentControls.sized(text, ExperimentControls.TEXT);
            controls.decorate(text, row.errorProperty());
            armsBox.getChildren().add(row(name, text));
        }
    }

    private void rebuildGuardrails() {
        guardrailsBox.getChildren().clear();
        for (GuardrailRow row : form.guardrails()) {
            TextField metric = new TextField();
            metric.textProperty().bindBidirectional(row.metricProperty());
            metric.setPromptText("metric");
            metric.setPrefWidth(110);
            HBox.setHgrow(metric, Priority.ALWAYS);
            ChoiceBox<Guardrail.Direction> dir = ExperimentControls.choice(Guardrail.Direction.values(),
                    d -> d == Guardrail.Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better");
            dir.valueProperty().bindBidirectional(row.directionProperty());
            TextField tol = new TextField();
            tol.textProperty().bindBidirectional(row.toleranceProperty());
            ExperimentControls.sized(tol, 60);
            tol.setTooltip(new Tooltip("Tolerated change in the bad direction: rate points (0.005 = 0.5 pp) or the metric's units"));
            TextField counts = new TextField();
            counts.textProperty().bindBidirectional(row.countsProperty());
            counts.setPromptText("20/1000; 22/1000");
            counts.setPrefWidth(ExperimentControls.TEXT);
            counts.setTooltip(new Tooltip("By hand, one value per arm separated by ';': 20/1000; 22/1000, or MEAN,SD,N"));
            // the warehouse reads the guardrail's data itself
            counts.visibleProperty().bind(form.sourceProperty().isEqualTo(Source.MANUAL));
            counts.managedProperty().bind(counts.visibleProperty());
            Button remove = new Button("×");
            remove.setOnAction(e -> form.removeGuardrail(row));
            controls.decorate(metric, row.errorProperty());
            remove.setMinWidth(Control.USE_PREF_SIZE);
            Label tolerate = ExperimentControls.label("tolerate");
            HBox.setHgrow(counts, Priority.ALWAYS);
            guardrailsBox.getChildren().add(new VBox(4, row(metric, dir, remove), row(tolerate, tol, counts)));
        }
    }
}
