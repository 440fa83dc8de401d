package io.liveops.console.calendar.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.calendar.core.Campaigns;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The drip campaigns and push triggers panel for the selected day: one row per email step and push
 * trigger with its template and its warehouse count. The rows are cleared as soon as the day changes,
 * so counts on screen always belong to the day named above them.
 */
public final class CampaignsViewModel {

    /** One line of the panel. {@code count} is empty when there is nothing to count. */
    public record Row(String title, String when, String count, String template) {}

    private final Campaigns campaigns;
    private final TaskExecutor executor;
    private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.US);
    private final ObservableList<Row> drip = FXCollections.observableArrayList();
    private final ObservableList<Row> push = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private LocalDate shown;
    private long generation;

    public CampaignsViewModel(Campaigns campaigns, TaskExecutor executor) {
        this.campaigns = campaigns;
        this.executor = executor;
    }

    public void show(LocalDate day) {
        if (day == null || day.equals(shown)) {
            return;
        }
        shown = day;
        long gen = ++generation;
        drip.clear();
        push.clear();
        heading.set("Who enters each step on " + day + " (UTC day)");
        note.set("Counting…");
        executor.execute(BackgroundTask.of("Counting drip and push audiences for " + day, (p, c) -> campaigns.report(day, c))
                .onSuccess(r -> {
                    if (gen != generation) {
                        return;
                    }
                    drip.setAll(r.drip().stream().map(d -> new Row("Day " + d.step().day() + ": " + d.step().title(),
                            "signed up on " + d.signupDay(), d.users() == null ? "" : numbers.format(d.users()) + " users", d.template())).toList());
                    push.setAll(r.push().stream().map(pr -> new Row(pr.trigger().title(), pr.trigger().when(),
                            pr.users() == null ? "" : numbers.format(pr.users()) + " inactive, " + numbers.format(pr.entering()) + " new today",
                            pr.template())).toList());
                    note.set(r.note());
                })
                .onFailure(e -> {
                    if (gen == generation) {
                        note.set("Could not count: " + e.getMessage());
                    }
                }));
    }

    /** Forgets the day so the next {@link #show} counts again (another warehouse, edited rules). */
    public void invalidate() {
        LocalDate day = shown;
        shown = null;
        show(day);
    }

    public ObservableList<Row> drip() {
        return drip;
    }

    public ObservableList<Row> push() {
        return push;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
