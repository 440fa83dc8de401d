package io.liveops.console.experiment.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.experiment.core.ExperimentService;
import io.liveops.console.experiment.core.ExperimentSummary;
import io.liveops.console.experiment.core.stats.Format;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The warehouse's experiments for the Analyse form: the list (name, dates, status, users per arm, SRM) and the one picked. */
final class WarehouseExperimentsViewModel {

    private final TaskExecutor executor;
    private final ExperimentService service;
    private final Clock clock;
    private final ObservableList<ExperimentSummary> experiments = FXCollections.observableArrayList();
    private final ObjectProperty<ExperimentSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper selectedDescription = new ReadOnlyStringWrapper("");

    public WarehouseExperimentsViewModel(TaskExecutor executor, ExperimentService service, Clock clock) {
        this.executor = executor;
        this.service = service;
        this.clock = clock;
        selected.addListener((o, was, now) -> selectedDescription.set(describe(now)));
    }

    /** The picked experiment in one line (see {@link #describe}). */
    public ReadOnlyStringProperty selectedDescriptionProperty() {
        return selectedDescription.getReadOnlyProperty();
    }

    public boolean available() {
        return service.available();
    }

    /** Loads the warehouse's experiments into {@link #experiments()}, keeping the selection when it is still there. */
    public void refresh() {
        if (!service.available()) {
            status.set("No warehouse connected: type the counts by hand.");
            return;
        }
        busy.set(true);
        status.set("Loading experiments…");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        executor.execute(BackgroundTask.of("Experiments", (p, c) -> service.list(today, c))
                .onSuccess(list -> {
                    busy.set(false);
                    String was = selected.get() == null ? null : selected.get().info().id();
                    experiments.setAll(list);
                    status.set(list.isEmpty() ? "The warehouse has no experiments." : list.size() + " experiments in the warehouse.");
                    selected.set(list.stream().filter(s -> s.info().id().equals(was)).findFirst().orElse(list.isEmpty() ? null : list.get(0)));
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set(e.getMessage());
                })
                .onCancelled(() -> busy.set(false)));
    }

    /** One line for the picker: name and id, dates, status, users per arm, SRM flag. */
    public static String describe(ExperimentSummary s) {
        if (s == null) {
            return "";
        }
        var i = s.info();
        String dates = (i.startedOn() == null ? "?" : i.startedOn().toString()) + (i.endedOn() == null ? " onwards" : " to " + i.endedOn());
        String arms = s.arms().stream().map(a -> a.variant() + String.format(Locale.ROOT, " %,d", a.users())).collect(Collectors.joining(" · "));
        String srm = s.srm() != null && s.srm().mismatch() ? " · sample-ratio mismatch (p " + Format.pIs(s.srm().pValue()) + ")" : "";
        return (i.name() == null || i.name().isBlank() ? i.id() : i.name() + " (" + i.id() + ")") + " · " + i.primaryMetric() + " · " + dates + " · "
                + (s.running() ? "running" : "ended") + " · " + arms + srm;
    }

    public ObservableList<ExperimentSummary> experiments() {
        return experiments;
    }

    public ObjectProperty<ExperimentSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
