package io.liveops.console.experiment.ui;

import io.liveops.console.ui.kit.ClipboardService;
import io.liveops.console.ui.kit.SaveDialogService;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.experiment.core.ExperimentService;
import io.liveops.console.experiment.core.ExperimentSummary;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.InvalidInputException;
import io.liveops.console.experiment.ui.ExperimentFormViewModel.Source;
import java.time.Clock;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Experiments tab: plan ({@link ExperimentPlanViewModel}), the calculator's inputs
 * ({@link ExperimentFormViewModel}), the warehouse's experiments ({@link WarehouseExperimentsViewModel}) and
 * the outcome ({@link ExperimentResultViewModel}). It runs an analysis when asked and removes the result the
 * moment any input changes, so a verdict on screen always belongs to the inputs on screen; a warehouse
 * analysis that finishes after its inputs changed is dropped.
 */
public final class ExperimentViewModel {

    static final String INPUTS_CHANGED = "The inputs changed: press Analyse for a result that matches them.";

    private final TaskExecutor executor;
    private final ExperimentService service;
    private final ExperimentAnalysis analysis = new ExperimentAnalysis();
    private final ExperimentPlanViewModel plan;
    private final ExperimentFormViewModel form = new ExperimentFormViewModel();
    private final WarehouseExperimentsViewModel warehouse;
    private final ExperimentResultViewModel result;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Counts input changes; a background result of an older generation is stale. */
    private long generation;
    /** The warehouse analysis under way, stopped when the inputs change. */
    private Cancellation running = Cancellation.none();

    /**
     * @param executor   runs warehouse work and report writes (FxTaskExecutor in the app, CurrentThreadTaskExecutor in tests)
     * @param service    the experiments of the warehouse in use (built in AppContext)
     * @param clock      today, for the running/ended status of warehouse experiments
     * @param clipboard  the system clipboard
     * @param saveDialog the save-file dialog
     */
    public ExperimentViewModel(TaskExecutor executor, ExperimentService service, Clock clock, ClipboardService clipboard,
                               SaveDialogService saveDialog) {
        this.executor = executor;
        this.service = service;
        this.plan = new ExperimentPlanViewModel(executor, service);
        this.warehouse = new WarehouseExperimentsViewModel(executor, service, clock);
        this.result = new ExperimentResultViewModel(executor, clipboard, saveDialog);
        form.onChange(this::inputsChanged);
        warehouse.selectedProperty().addListener(o -> form.experimentMissing(warehouse.selectedProperty().get() == null));
        form.experimentMissing(true);
        form.sourceProperty().addListener((o, was, now) -> {
            if (now == Source.WAREHOUSE && warehouse.experiments().isEmpty()) {
                warehouse.refresh();
            }
        });
    }

    private void inputsChanged() {
        generation++;
        if (busy.get()) {
            running.cancel();
            busy.set(false);
        }
        boolean had = result.resultProperty().get() != null;
        result.clear(INPUTS_CHANGED);
        if (had) {
            status.set(form.isValid() ? INPUTS_CHANGED : "Fix the highlighted inputs first.");
        }
    }

    /** Analyses the typed counts at once, or the selected warehouse experiment in the background. */
    public void analyze() {
        if (!form.validateStrictly()) {
            status.set("Fix the highlighted inputs first.");
            return;
        }
        if (form.sourceProperty().get() == Source.MANUAL) {
            try {
                result.show(analysis.analyze(form.manualInput()));
                status.set("Analysed the typed counts.");
            } catch (InvalidInputException e) {
                refuse(e);
            }
            return;
        }
        ExperimentSummary picked = warehouse.selectedProperty().get();
        if (!service.available()) {
            status.set("No warehouse connected: type the counts by hand.");
            return;
        }
        ExperimentService.Request request;
        try {
            request = form.warehouseRequest(picked.info().id());
        } catch (InvalidInputException e) {
            refuse(e);
            return;
        }
        long asked = generation;
        busy.set(true);
        status.set("Analysing " + picked.info().id() + "…");
        running = executor.execute(BackgroundTask.of("Experiment " + picked.info().id(), (p, c) -> service.analyze(request, c))
                .onSuccess(r -> {
                    if (asked != generation) {
                        return; // the inputs changed while it ran: this result belongs to inputs no longer on screen
                    }
                    busy.set(false);
                    result.show(r);
                    status.set("Analysed " + picked.info().id() + " from the warehouse.");
                })
                .onFailure(e -> {
                    if (asked != generation) {
                        return;
                    }
                    busy.set(false);
                    if (e instanceof InvalidInputException iie) {
                        refuse(iie);
                    } else {
                        status.set(e.getMessage());
                    }
                })
                .onCancelled(() -> {
                    if (asked == generation) {
                        busy.set(false);
                    }
                }));
    }

    private void refuse(InvalidInputException e) {
        form.refuse(e);
        status.set(e.getMessage());
    }

    public ExperimentPlanViewModel plan() {
        return plan;
    }

    public ExperimentFormViewModel form() {
        return form;
    }

    public WarehouseExperimentsViewModel warehouse() {
        return warehouse;
    }

    public ExperimentResultViewModel result() {
        return result;
    }

    /** What the last action did, or why it was refused. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a warehouse analysis runs (Analyse is disabled). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
