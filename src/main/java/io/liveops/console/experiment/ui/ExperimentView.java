package io.liveops.console.experiment.ui;

import io.liveops.console.experiment.ui.ExperimentRows.ArmLine;
import io.liveops.console.experiment.ui.ExperimentRows.ArmRow;
import io.liveops.console.experiment.ui.ExperimentRows.ComparisonLine;
import io.liveops.console.experiment.ui.ExperimentRows.GuardrailLine;
import io.liveops.console.experiment.ui.ExperimentRows.GuardrailRow;
import io.liveops.console.experiment.core.ExperimentService.ExperimentInfo;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.Guardrail;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Experiments tab: plan, analyse, trust checks, decision, report. Built in code; it only lays
 * out and binds; every rule and message comes from {@link ExperimentViewModel}. ControlsFX draws
 * the ViewModel's messages next to the fields.
 */
public final class ExperimentView extends ScrollPane {

    private final ExperimentViewModel vm;
    private final ValidationSupport validation = new ValidationSupport();
    private final VBox armsBox = new VBox(6);
    private final ObjectProperty<io.liveops.console.ui.kit.Palette> palette =
            new SimpleObjectProperty<>(io.liveops.console.ui.kit.Palette.LIGHT);
    private final VBox guardrailsBox = new VBox(6);

    /** @param vm the tab's ViewModel; the View is put in a Tab named "Experiments" */
    public ExperimentView(ExperimentViewModel vm) {
        this(vm, new SimpleBooleanProperty(false));
    }

    /**
     * @param vm   the tab's ViewModel; the View is put in a Tab named "Experiments"
     * @param dark the console's theme: the charts are drawn by JFreeChart, which CSS does not reach
     */
    public ExperimentView(ExperimentViewModel vm, ObservableBooleanValue dark) {
        this.vm = vm;
        this.palette.bind(Bindings.createObjectBinding(() -> io.liveops.console.ui.kit.Palette.of(dark.get()), dark));
        getStyleClass().add("experiment-view");
        URL css = ExperimentView.class.getResource("/assets/css/experiments.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        // the order of the director's questions: plan (form | figures), then analyse (form | decision and results)
        Node planForm = planForm();
        Node planResult = planResult();
        Node analyseForm = analyseForm();
        VBox outcome = new VBox(14, decision(), results());
        for (Node n : List.of(planForm, analyseForm)) {
            ((VBox) n).setPrefWidth(480);
            ((VBox) n).setMinWidth(440);
        }
        HBox.setHgrow(planResult, Priority.ALWAYS);
        HBox.setHgrow(outcome, Priority.ALWAYS);
        HBox planRow = new HBox(14, planForm, planResult);
        HBox analyseRow = new HBox(14, analyseForm, outcome);
        VBox content = new VBox(14, planRow, analyseRow);
        content.setPadding(new Insets(14));
        setContent(content);
        setFitToWidth(true);
    }

    // ------------------------------------------------------------------ plan

    private Node planForm() {
        ExperimentPlanViewModel plan = vm.plan();
        GridPane g = grid();
        ChoiceBox<MetricKind> kind = kindChoice();
        kind.valueProperty().bindBidirectional(plan.kindProperty());
        int r = 0;
        g.addRow(r++, new Label("Metric"), kind);
        g.addRow(r++, label("Baseline", "Baseline rate (conversion) or baseline mean (continuous)"),
                field("plan-baseline", plan.baselineProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.BASELINE)));
        TextField mde = field("plan-mde", plan.mdeProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.MDE));
        CheckBox relative = new CheckBox("relative");
        relative.selectedProperty().bindBidirectional(plan.relativeProperty());
        g.addRow(r++, label("Min. detectable effect", "Absolute (rate points or metric units), or a fraction of the baseline when relative"),
                new HBox(8, mde, relative));
        TextField sd = field("plan-sd", plan.sdProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.SD));
        sd.disableProperty().bind(plan.kindProperty().isEqualTo(MetricKind.BINARY));
        g.addRow(r++, new Label("Standard deviation"), sd);
        g.addRow(r++, new Label("Alpha"), field("plan-alpha", plan.alphaProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.ALPHA)));
        g.addRow(r++, new Label("Power"), field("plan-power", plan.powerProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.POWER)));
        g.addRow(r++, new Label("Arms"), field("plan-arms", plan.armsProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.ARMS)));
        Button fromWarehouse = new Button("From warehouse");
        fromWarehouse.setOnAction(e -> plan.loadTrafficFromWarehouse());
        TextField traffic = field("plan-traffic", plan.dailyTrafficProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.TRAFFIC));
        traffic.setPromptText("users a day");
        g.addRow(r++, new Label("Daily traffic"), new HBox(8, traffic, fromWarehouse));
        Label source = small(plan.trafficSourceProperty());
        g.add(source, 1, r);
        return card("1 · Plan: how long must it run?", g);
    }

    private Node planResult() {
        ExperimentPlanViewModel plan = vm.plan();
        Label perArm = big(plan.perArmProperty());
        perArm.setId("plan-per-arm");
        Label total = big(plan.totalProperty());
        Label days = big(plan.durationProperty());
        days.setId("plan-duration");
        HBox figures = new HBox(28, figure("users per arm", perArm), figure("users in all", total), figure("duration", days));
        JFreeChart chart = ExperimentCharts.powerChart();
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setPrefSize(520, 170);
        viewer.setMinHeight(150);
        Runnable redraw = () -> {
            ExperimentCharts.showPower(chart, plan.powerCurve(), plan.plan() == null ? 0.8 : plan.plan().power());
            ExperimentCharts.applyPalette(chart, palette.get());
        };
        plan.powerCurve().addListener((ListChangeListener<Object>) c -> redraw.run());
        palette.addListener((o, was, p) -> redraw.run());
        redraw.run();
        VBox box = new VBox(8, figures, small(plan.summaryProperty()), new Label("Power against duration"), viewer);
        return card("Sample size", box);
    }

    // ------------------------------------------------------------------ analyse

    private Node analyseForm() {
        ToggleGroup sourceGroup = new ToggleGroup();
        RadioButton manual = new RadioButton("By hand");
        RadioButton warehouse = new RadioButton("Warehouse");
        warehouse.setId("source-warehouse");
        manual.setToggleGroup(sourceGroup);
        warehouse.setToggleGroup(sourceGroup);
        manual.setSelected(vm.sourceProperty().get() == ExperimentViewModel.Source.MANUAL);
        warehouse.setSelected(!manual.isSelected());
        sourceGroup.selectedToggleProperty().addListener((o, a, b) ->
                vm.sourceProperty().set(b == warehouse ? ExperimentViewModel.Source.WAREHOUSE : ExperimentViewModel.Source.MANUAL));
        var isManual = vm.sourceProperty().isEqualTo(ExperimentViewModel.Source.MANUAL);

        ComboBox<ExperimentInfo> experiment = new ComboBox<>(vm.experiments());
        experiment.setId("experiment-choice");
        experiment.valueProperty().bindBidirectional(vm.selectedExperimentProperty());
        experiment.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExperimentInfo i) {
                return i == null ? "" : i.id() + " (" + i.primaryMetric() + ")";
            }

            @Override
            public ExperimentInfo fromString(String s) {
                return null;
            }
        });
        experiment.setPrefWidth(230);
        Button refresh = new Button("Reload");
        refresh.setMinWidth(Control.USE_PREF_SIZE);
        refresh.setOnAction(e -> vm.refreshExperiments());
        warehouse.selectedProperty().addListener((o, a, b) -> {
            if (b && vm.experiments().isEmpty()) {
                vm.refreshExperiments();
            }
        });
        HBox warehouseRow = new HBox(8, experiment, refresh);
        warehouseRow.disableProperty().bind(isManual);
        decorate(experiment, vm.errorProperty(ExperimentViewModel.Field.EXPERIMENT));

        ChoiceBox<MetricKind> kind = kindChoice();
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.disableProperty().bind(isManual.not());
        vm.arms().addListener((ListChangeListener<ArmRow>) c -> rebuildArms());
        rebuildArms();
        armsBox.disableProperty().bind(isManual.not());
        Button add = new Button("+ variant");
        add.setOnAction(e -> vm.addVariant());
        Button remove = new Button("− variant");
        remove.setOnAction(e -> vm.removeVariant());
        HBox armButtons = new HBox(8, add, remove);
        armButtons.disableProperty().bind(isManual.not());
        Label armsError = small(vm.errorProperty(ExperimentViewModel.Field.ARMS));
        armsError.getStyleClass().add("experiment-error");

        GridPane g = grid();
        int r = 0;
        g.addRow(r++, new Label("Source"), new HBox(12, manual, warehouse));
        g.addRow(r++, new Label("Experiment"), warehouseRow);
        g.addRow(r++, new Label("Metric"), kind);
        g.addRow(r++, label("Arms", "Conversion: successes/trials, e.g. 450/1000. Continuous: MEAN,SD,N"), armsBox);
        g.add(armButtons, 1, r++);
        g.add(armsError, 1, r++);
        g.addRow(r++, new Label("Alpha"), field("alpha", vm.alphaProperty(), vm.errorProperty(ExperimentViewModel.Field.ALPHA)));
        TextField planned = field("planned", vm.plannedPerArmProperty(), vm.errorProperty(ExperimentViewModel.Field.PLANNED));
        planned.setPromptText("optional: users per arm");
        g.addRow(r++, label("Planned per arm", "The sample size the test was planned for; below it a result is a peek"), planned);
        TextField split = field("split", vm.plannedSplitProperty(), vm.errorProperty(ExperimentViewModel.Field.WEIGHTS));
        split.setPromptText("equal, or 50,50; empty: no SRM check");
        g.addRow(r++, label("Planned split", "For the sample-ratio check: 'equal', weights such as 50,50, or empty to skip it"), split);

        vm.guardrails().addListener((ListChangeListener<GuardrailRow>) c -> rebuildGuardrails());
        rebuildGuardrails();
        Button addRail = new Button("+ guardrail");
        addRail.setOnAction(e -> vm.addGuardrail());
        g.addRow(r++, label("Guardrails", "Metrics that must not degrade beyond the tolerated change. By hand: one value per arm separated by ';'"),
                guardrailsBox);
        g.add(addRail, 1, r++);

        Button analyse = new Button("Analyse");
        analyse.setId("analyse");
        analyse.setDefaultButton(true);
        analyse.getStyleClass().add("accent");
        analyse.disableProperty().bind(vm.busyProperty());
        analyse.setOnAction(e -> vm.analyze());
        Label status = small(vm.statusProperty());
        status.setId("experiment-status");
        status.setWrapText(true);
        VBox box = new VBox(10, g, new HBox(10, analyse), status);
        return card("2 · Analyse: did the variant win?", box);
    }

    private void rebuildArms() {
        armsBox.getChildren().clear();
        for (ArmRow row : vm.arms()) {
            Label name = new Label();
            name.textProperty().bind(row.nameProperty());
            name.setMinWidth(70);
            TextField text = new TextField();
            text.setId("arm-" + vm.arms().indexOf(row));
            text.textProperty().bindBidirectional(row.textProperty());
            text.promptTextProperty().bind(Bindings.when(vm.kindProperty().isEqualTo(MetricKind.BINARY)).then("450/1000").otherwise("4.2,3.1,1500"));
            text.setPrefColumnCount(14);
            decorate(text, row.errorProperty());
            armsBox.getChildren().add(new HBox(8, name, text));
        }
    }

    private void rebuildGuardrails() {
        guardrailsBox.getChildren().clear();
        for (GuardrailRow row : vm.guardrails()) {
            TextField metric = new TextField();
            metric.textProperty().bindBidirectional(row.metricProperty());
            metric.setPromptText("metric");
            metric.setPrefColumnCount(11);
            HBox.setHgrow(metric, Priority.ALWAYS);
            ChoiceBox<Guardrail.Direction> dir = new ChoiceBox<>();
            dir.getItems().setAll(Guardrail.Direction.values());
            dir.setConverter(new StringConverter<>() {
                @Override
                public String toString(Guardrail.Direction d) {
                    return d == Guardrail.Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better";
                }

                @Override
                public Guardrail.Direction fromString(String s) {
                    return null;
                }
            });
            dir.valueProperty().bindBidirectional(row.directionProperty());
            TextField tol = new TextField();
            tol.textProperty().bindBidirectional(row.toleranceProperty());
            tol.setPrefColumnCount(4);
            tol.setTooltip(new Tooltip("Tolerated change in the bad direction, in the metric's units"));
            TextField counts = new TextField();
            counts.textProperty().bindBidirectional(row.countsProperty());
            counts.setPromptText("by hand, per arm: 20/1000; 22/1000");
            counts.disableProperty().bind(vm.sourceProperty().isEqualTo(ExperimentViewModel.Source.WAREHOUSE));
            Button remove = new Button("×");
            remove.setOnAction(e -> vm.removeGuardrail(row));
            decorate(counts, row.errorProperty());
            dir.setMinWidth(Control.USE_PREF_SIZE);
            remove.setMinWidth(Control.USE_PREF_SIZE);
            Label tolerate = new Label("tolerate");
            tolerate.setMinWidth(Control.USE_PREF_SIZE);
            HBox.setHgrow(counts, Priority.ALWAYS);
            VBox rowBox = new VBox(4, new HBox(6, metric, dir, remove), new HBox(6, tolerate, tol, counts));
            guardrailsBox.getChildren().add(rowBox);
        }
    }

    // ------------------------------------------------------------------ results

    private Node decision() {
        Label rec = new Label();
        rec.setId("recommendation");
        rec.textProperty().bind(Bindings.when(vm.hasResultProperty()).then(vm.recommendationProperty()).otherwise("No analysis yet"));
        rec.getStyleClass().add("experiment-recommendation");
        vm.recommendationKindProperty().addListener((o, a, b) -> {
            rec.getStyleClass().removeAll("rollout", "rollback", "monitor");
            if (b != null) {
                rec.getStyleClass().add(switch (b) {
                    case ROLLOUT -> "rollout";
                    case ROLLBACK -> "rollback";
                    case CONTINUE_MONITORING -> "monitor";
                });
            }
        });
        Label rule = new Label();
        rule.setId("rule");
        rule.textProperty().bind(vm.ruleProperty());
        rule.setWrapText(true);
        Label srm = new Label();
        srm.setId("srm");
        srm.textProperty().bind(vm.srmTextProperty());
        srm.setWrapText(true);
        vm.srmAlarmProperty().addListener((o, a, b) -> toggle(srm, "experiment-alarm", b));
        Label peek = new Label();
        peek.textProperty().bind(vm.peekingTextProperty());
        peek.setWrapText(true);
        vm.peekingAlarmProperty().addListener((o, a, b) -> toggle(peek, "experiment-warning", b));

        Button exportMd = new Button("Export Markdown…");
        exportMd.setId("export-md");
        exportMd.setOnAction(e -> vm.exportMarkdown());
        Button exportJson = new Button("Export JSON…");
        exportJson.setOnAction(e -> vm.exportJson());
        Button copyMd = new Button("Copy Markdown");
        copyMd.setOnAction(e -> vm.copyMarkdown());
        Button copyJson = new Button("Copy JSON");
        copyJson.setOnAction(e -> vm.copyJson());
        HBox exports = new HBox(8, exportMd, exportJson, copyMd, copyJson);
        exports.disableProperty().bind(vm.hasResultProperty().not());
        VBox box = new VBox(8, rec, rule, srm, peek, exports);
        return card("3 · Decide: can I roll it out?", box);
    }

    private Node results() {
        TableView<ArmLine> armsTable = table();
        armsTable.getColumns().setAll(List.of(col("arm", ArmLine::name), col("users", ArmLine::users), col("rate / mean", ArmLine::value),
                col("interval", ArmLine::interval)));
        fitRows(armsTable, vm.armLines());

        TableView<ComparisonLine> comps = table();
        comps.setId("comparisons");
        comps.getColumns().setAll(List.of(col("variant", ComparisonLine::variant), col("lift", ComparisonLine::lift),
                col("relative", ComparisonLine::relativeLift), col("CI of the lift", ComparisonLine::interval),
                col("z / t", ComparisonLine::statistic), col("p", ComparisonLine::p), col("p (Holm)", ComparisonLine::pHolm),
                col("effect", ComparisonLine::effect), col("P(beats ctrl)", ComparisonLine::chanceToBeatControl)));
        fitRows(comps, vm.comparisonLines());
        comps.getColumns().get(4).textProperty().bind(vm.statisticLabelProperty());
        comps.getColumns().get(7).textProperty().bind(vm.effectLabelProperty());
        double[] widths = {70, 70, 75, 150, 70, 60, 70, 85, 100};
        for (int i = 0; i < widths.length; i++) {
            comps.getColumns().get(i).setPrefWidth(widths[i]);
        }

        TableView<GuardrailLine> rails = table();
        rails.getColumns().setAll(List.of(col("guardrail", GuardrailLine::metric), col("variant", GuardrailLine::variant),
                col("status", GuardrailLine::status), col("change", GuardrailLine::change), col("CI", GuardrailLine::interval),
                col("tolerated", GuardrailLine::tolerance)));
        fitRows(rails, vm.guardrailLines());
        double[] railWidths = {110, 70, 80, 70, 140, 160};
        for (int i = 0; i < railWidths.length; i++) {
            rails.getColumns().get(i).setPrefWidth(railWidths[i]);
        }

        JFreeChart forest = ExperimentCharts.forestChart();
        ChartViewer viewer = new ChartViewer(forest);
        viewer.setPrefSize(520, 170);
        viewer.setMinHeight(140);
        Runnable redraw = () -> {
            ExperimentCharts.showForest(forest, vm.forest(), vm.forestUnitProperty().get());
            ExperimentCharts.applyPalette(forest, palette.get());
        };
        vm.forest().addListener((ListChangeListener<Object>) c -> redraw.run());
        palette.addListener((o, was, p) -> redraw.run());
        redraw.run();
        VBox box = new VBox(8, new Label("Arms"), armsTable, new Label("Variants against control"), comps,
                new Label("Guardrails"), rails, new Label("Lifts with confidence intervals"), viewer);
        return card("Results", box);
    }

    // ------------------------------------------------------------------ ports for the app

    /** The system clipboard as the ViewModel's port. */
    public static ExperimentViewModel.ClipboardPort systemClipboard() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }

    /** A FileChooser save dialog as the ViewModel's port; {@code owner} gives the window at the time of asking. */
    public static ExperimentViewModel.SaveDialog fileChooser(Supplier<Window> owner) {
        return (name, extension) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save experiment report");
            chooser.setInitialFileName(name);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT) + " files", "*." + extension));
            File f = chooser.showSaveDialog(owner.get());
            return Optional.ofNullable(f).map(File::toPath);
        };
    }

    /** The validation support that draws the messages (for tests). */
    ValidationSupport validation() {
        return validation;
    }

    // ------------------------------------------------------------------ helpers

    private TextField field(String id, StringProperty value, ReadOnlyStringProperty error) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(10);
        decorate(f, error);
        return f;
    }

    /** Draws {@code error} (the ViewModel's message, empty when valid) on {@code control}. */
    private void decorate(Control control, ReadOnlyStringProperty error) {
        validation.registerValidator(control, false, (Control c, Object v) -> ValidationResult.fromErrorIf(c, error.get(), !error.get().isEmpty()));
        error.addListener((o, a, b) -> validation.revalidate(control));
    }

    private static ChoiceBox<MetricKind> kindChoice() {
        ChoiceBox<MetricKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(MetricKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(MetricKind k) {
                return k == MetricKind.BINARY ? "conversion (binary)" : "continuous (mean)";
            }

            @Override
            public MetricKind fromString(String s) {
                return null;
            }
        });
        return kind;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(130);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(c0, c1);
        return g;
    }

    private static Label label(String text, String tip) {
        Label l = new Label(text);
        l.setTooltip(new Tooltip(tip));
        return l;
    }

    private static Label small(ReadOnlyStringProperty text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add("experiment-note");
        l.setWrapText(true);
        return l;
    }

    private static Label big(ReadOnlyStringProperty text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add("experiment-figure");
        return l;
    }

    private static VBox figure(String caption, Label value) {
        Label c = new Label(caption);
        c.getStyleClass().add("experiment-note");
        return new VBox(2, value, c);
    }

    private static VBox card(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("experiment-card-title");
        VBox card = new VBox(10, t, body);
        card.getStyleClass().add("experiment-card");
        card.setPadding(new Insets(12));
        card.setAlignment(Pos.TOP_LEFT);
        return card;
    }

    private static void toggle(Node n, String styleClass, boolean on) {
        n.getStyleClass().remove(styleClass);
        if (on) {
            n.getStyleClass().add(styleClass);
        }
    }

    private static <T> TableView<T> table() {
        TableView<T> t = new TableView<>();
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label("Analyse to see results"));
        return t;
    }

    /** The table is as tall as its rows (at least one, for the empty-table message): no empty stripes, no inner scrolling. */
    private static <T> void fitRows(TableView<T> table, ObservableList<T> items) {
        table.setItems(items);
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(Bindings.max(1, Bindings.size(items)).multiply(26).add(32));
        table.minHeightProperty().bind(table.prefHeightProperty());
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setSortable(false);
        return c;
    }

}
