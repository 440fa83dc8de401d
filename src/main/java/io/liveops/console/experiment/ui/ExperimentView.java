package io.liveops.console.experiment.ui;

import io.liveops.console.ui.kit.Palette;
import java.net.URL;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/**
 * The Experiments tab: analyse and decide first, plan beside them. Built in code; it only lays out and binds,
 * every rule and message comes from {@link ExperimentViewModel}.
 *
 * <p>Three arrangements, chosen at each layout by what fits the viewport's width, so the tab reflows when the
 * window is resized: side by side (the analysis form and the decision over the results as the main column, the
 * plan as a narrow column at the right), so at 1440×900 the form, Analyse, the verdict and the comparison are
 * on the first screen; stacked (form and decision, then the results, then the plan); and one column when even
 * the form and the decision do not fit next to each other.
 */
final class ExperimentView extends ScrollPane {

    /** The narrowest the decision is given beside the form: its sentences stay a few words a line. */
    static final double DECISION_WIDTH = 340;
    private static final double GAP = 14;

    enum Arrangement { SIDE_BY_SIDE, STACKED, ONE_COLUMN }

    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.LIGHT);
    private final ExperimentControls controls = new ExperimentControls();
    private final Region planForm;
    private final Region planResult;
    private final Region analyseForm;
    private final Region decision;
    private final Region results;
    private Arrangement arrangement;

    public ExperimentView(ExperimentViewModel vm) {
        this(vm, new SimpleBooleanProperty(false));
    }

    /**
     * @param vm   the tab's ViewModel
     * @param dark the console's theme: the charts are drawn by JFreeChart, which CSS does not reach
     */
    public ExperimentView(ExperimentViewModel vm, ObservableBooleanValue dark) {
        palette.bind(Bindings.createObjectBinding(() -> Palette.of(dark.get()), dark));
        getStyleClass().add("experiment-view");
        URL css = ExperimentView.class.getResource("/assets/css/experiments.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        ExperimentPlanPane plan = new ExperimentPlanPane(vm.plan(), controls);
        ExperimentResultsPane outcome = new ExperimentResultsPane(vm.result());
        planForm = (Region) plan.form();
        planResult = (Region) plan.result(palette);
        analyseForm = (Region) new ExperimentAnalysePane(vm, controls).build();
        decision = (Region) outcome.decision(palette);
        results = (Region) outcome.results();
        analyseForm.setId("analyse-card");
        decision.setId("decide-card");
        results.setId("results-card");
        planForm.setId("plan-card");
        planResult.setId("plan-result-card");
        // the form and the plan's form keep the width their fields ask for; the decision and the results take the rest
        for (Region fixed : new Region[] {analyseForm, planForm}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
            fixed.setMaxWidth(Region.USE_PREF_SIZE);
        }
        setFitToWidth(true);
        arrange(Arrangement.SIDE_BY_SIDE);
    }

    /** Before each layout: the arrangement that fits the viewport with what the cards hold now (a wide table after Analyse). */
    @Override
    protected void layoutChildren() {
        Arrangement fits = arrangementFor(getViewportBounds().getWidth());
        if (fits != arrangement) {
            arrange(fits);
        }
        super.layoutChildren();
    }

    /**
     * Side by side when the plan's column, the form beside a readable decision, and the widest result table all fit
     * the {@code width}; else stacked when the form and the decision fit next to each other; else one column. The
     * widths are the cards' own (not the arrangement's), so the choice cannot flip back and forth.
     */
    Arrangement arrangementFor(double width) {
        if (width <= 0) {
            return arrangement;
        }
        double twoUp = analyseForm.prefWidth(-1) + GAP + Math.max(DECISION_WIDTH, decision.minWidth(-1));
        double main = Math.max(twoUp, results.minWidth(-1));
        double plan = Math.max(planForm.prefWidth(-1), planResult.minWidth(-1));
        if (width >= GAP + main + GAP + plan + GAP) {
            return Arrangement.SIDE_BY_SIDE;
        }
        return width >= GAP + twoUp + GAP ? Arrangement.STACKED : Arrangement.ONE_COLUMN;
    }

    /** Re-parents the cards; within an arrangement the boxes follow the width by themselves. */
    private void arrange(Arrangement next) {
        arrangement = next;
        for (Node n : new Node[] {planForm, planResult, analyseForm, decision, results}) {
            if (n.getParent() instanceof Pane p) {
                p.getChildren().remove(n);
            }
        }
        Region content = switch (next) {
            case SIDE_BY_SIDE -> {
                VBox main = new VBox(GAP, grow(new HBox(GAP, analyseForm, decision), decision), results);
                VBox planColumn = new VBox(GAP, planForm, planResult);
                planColumn.setMinWidth(Region.USE_PREF_SIZE);
                planColumn.setMaxWidth(Region.USE_PREF_SIZE);
                yield grow(new HBox(GAP, main, planColumn), main);
            }
            case STACKED -> new VBox(GAP, grow(new HBox(GAP, analyseForm, decision), decision), results,
                    grow(new HBox(GAP, planForm, planResult), planResult));
            case ONE_COLUMN -> new VBox(GAP, analyseForm, decision, results, planForm, planResult);
        };
        content.getStyleClass().add("experiment-content");
        content.setPadding(new Insets(GAP));
        setContent(content);
    }

    private static HBox grow(HBox box, Node growing) {
        HBox.setHgrow(growing, Priority.ALWAYS);
        return box;
    }

    /** How the cards are arranged now. */
    Arrangement arrangement() {
        return arrangement;
    }

    /** True when the plan is not beside the analysis (a narrow window). */
    boolean isStacked() {
        return arrangement != Arrangement.SIDE_BY_SIDE;
    }

    // ------------------------------------------------------------------ ports for the app


    /** The validation support that draws the messages (for tests). */
    ValidationSupport validation() {
        return controls.validation();
    }
}
