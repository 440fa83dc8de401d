package io.liveops.console.experiment.ui;

import io.liveops.console.ui.kit.Palette;
import java.io.File;
import java.net.URL;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationSupport;

/**
 * The Experiments tab: plan, analyse, decide, results. Built in code; it only lays out and binds, every
 * rule and message comes from {@link ExperimentViewModel}. Side by side (form | outcome) when the window
 * is wide, stacked when it is narrow, so every table reads whole at 1024×700 and after any resize.
 */
public final class ExperimentView extends ScrollPane {

    /** Below this viewport width the forms and the outcomes stack. */
    static final double STACK_BELOW = 1400;

    private final ExperimentControls controls = new ExperimentControls();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.LIGHT);
    private final Node planForm;
    private final Node planResult;
    private final Node analyseForm;
    private final VBox outcome;
    private final VBox content = new VBox(14);
    private Boolean stacked;

    public ExperimentView(ExperimentViewModel vm) {
        this(vm, new SimpleBooleanProperty(false));
    }

    /**
     * @param vm   the tab's ViewModel; the View is put in a Tab named "Experiments"
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
        ExperimentResultsPane results = new ExperimentResultsPane(vm.result());
        planForm = plan.form();
        planResult = plan.result(palette);
        analyseForm = new ExperimentAnalysePane(vm, controls).build();
        outcome = new VBox(14, results.decision(), results.results(palette));
        content.setPadding(new Insets(14));
        setContent(content);
        setFitToWidth(true);
        viewportBoundsProperty().addListener((o, was, now) -> layoutFor(now.getWidth()));
        layoutFor(0);
    }

    /** Side by side on a wide viewport, stacked on a narrow one; re-parents only when the mode changes. */
    private void layoutFor(double width) {
        boolean stack = width > 0 && width < STACK_BELOW;
        if (stacked != null && stacked == stack) {
            return;
        }
        stacked = stack;
        for (Node n : new Node[] {planForm, planResult, analyseForm, outcome}) {
            if (n.getParent() instanceof Pane p) {
                p.getChildren().remove(n);
            }
        }
        for (Node n : new Node[] {planForm, analyseForm}) {
            ((Region) n).setPrefWidth(stack ? Region.USE_COMPUTED_SIZE : 480);
            ((Region) n).setMinWidth(stack ? Region.USE_COMPUTED_SIZE : Region.USE_PREF_SIZE); // the results never squeeze the forms
        }
        if (stack) {
            content.getChildren().setAll(planForm, planResult, analyseForm, outcome);
        } else {
            HBox.setHgrow(planResult, Priority.ALWAYS);
            HBox.setHgrow(outcome, Priority.ALWAYS);
            content.getChildren().setAll(new HBox(14, planForm, planResult), new HBox(14, analyseForm, outcome));
        }
    }

    /** True when the forms and outcomes are stacked (narrow window). */
    boolean isStacked() {
        return Boolean.TRUE.equals(stacked);
    }

    // ------------------------------------------------------------------ ports for the app


    /** The validation support that draws the messages (for tests). */
    ValidationSupport validation() {
        return controls.validation();
    }
}
