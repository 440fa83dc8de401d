package io.liveops.console.incident.ui;

import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.IncidentMetrics;
import io.liveops.console.incident.core.PostMortem;
import io.liveops.console.incident.core.Severity;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Every incident, filtered by severity and text, with MTTA and MTTR per severity over the last 30 or 90 days. */
final class IncidentHistoryViewModel {

    private final Clock clock;
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Integer> days = new SimpleObjectProperty<>(30);
    private final ReadOnlyStringWrapper metrics = new ReadOnlyStringWrapper("");
    private List<Incident> all = List.of();

    IncidentHistoryViewModel(Clock clock) {
        this.clock = clock;
        severity.addListener((o, was, now) -> refresh());
        text.addListener((o, was, now) -> refresh());
        days.addListener((o, was, now) -> refresh());
    }

    /** The board as read or saved last. */
    void update(List<Incident> board) {
        all = board;
        refresh();
    }

    private void refresh() {
        Severity sev = severity.get();
        String q = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        incidents.setAll(all.stream()
                .filter(i -> sev == null || i.severity() == sev)
                .filter(i -> q.isEmpty() || (i.title() + " " + i.feature() + " " + i.description()).toLowerCase(Locale.ROOT).contains(q))
                .toList());
        int d = days.get() == null ? 30 : days.get();
        Map<Severity, IncidentMetrics.Stat> stats = IncidentMetrics.of(all, clock.instant(), Duration.ofDays(d));
        StringBuilder sb = new StringBuilder("Last " + d + " days: ");
        for (Severity s : Severity.values()) {
            IncidentMetrics.Stat st = stats.get(s);
            sb.append(s).append(" ").append(st.declared()).append(" incidents, MTTA ")
                    .append(st.mtta().map(PostMortem::minutes).orElse("–")).append(", MTTR ")
                    .append(st.mttr().map(PostMortem::minutes).orElse("–"));
            if (s != Severity.P3) {
                sb.append(" · ");
            }
        }
        metrics.set(sb.toString());
    }

    public ObservableList<Incident> incidents() {
        return incidents;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Integer> daysProperty() {
        return days;
    }

    public ReadOnlyStringProperty metricsProperty() {
        return metrics.getReadOnlyProperty();
    }
}
