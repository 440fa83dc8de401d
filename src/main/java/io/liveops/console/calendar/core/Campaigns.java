package io.liveops.console.calendar.core;

import io.liveops.console.background.Cancellation;
import io.liveops.console.warehouse.WarehouseSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The drip campaigns and push triggers panel for a day: each email step with its template and how
 * many users enter it that day (signed up exactly N days before), and each push trigger with its
 * template and, for the 7-day inactivity trigger, how many users it concerns. Counts are null when no
 * warehouse is open (said in {@code note}), never 0 by default.
 */
public final class Campaigns {

    public record DripRow(RuleSet.DripStep step, LocalDate signupDay, String template, Long users) {}

    public record PushRow(RuleSet.PushTrigger trigger, String template, Long users, Long entering) {}

    public record Report(LocalDate day, List<DripRow> drip, List<PushRow> push, String note) {}

    private final RuleSetStore rules;
    private final CalendarTexts texts;
    private final CalendarWarehouse warehouse;
    private final Supplier<Optional<WarehouseSession.Connection>> connection;

    public Campaigns(RuleSetStore rules, CalendarTexts texts, CalendarWarehouse warehouse,
                     Supplier<Optional<WarehouseSession.Connection>> connection) {
        this.rules = rules;
        this.texts = texts;
        this.warehouse = warehouse;
        this.connection = connection;
    }

    /** @param day a UTC day of the warehouse */
    public Report report(LocalDate day, Cancellation cancel) {
        RuleSet set = rules.current();
        Optional<WarehouseSession.Connection> c = connection.get();
        Map<LocalDate, Long> signups = Map.of();
        CalendarWarehouse.Inactivity inactivity = null;
        if (c.isPresent()) {
            int longest = set.drip().stream().mapToInt(RuleSet.DripStep::day).max().orElse(0);
            signups = warehouse.signupsPerDay(c.get(), day.minusDays(longest), day, cancel);
            if (set.pushTriggers().stream().anyMatch(p -> RuleSet.PushTrigger.INACTIVE_7D.equals(p.audience()))) {
                inactivity = warehouse.inactive7d(c.get(), day, cancel);
            }
        }
        List<DripRow> drip = new ArrayList<>();
        for (RuleSet.DripStep step : set.drip()) {
            LocalDate signupDay = day.minusDays(step.day());
            Long users = c.isPresent() ? signups.getOrDefault(signupDay, 0L) : null;
            drip.add(new DripRow(step, signupDay, text(step.template()), users));
        }
        List<PushRow> push = new ArrayList<>();
        for (RuleSet.PushTrigger p : set.pushTriggers()) {
            boolean counted = inactivity != null && RuleSet.PushTrigger.INACTIVE_7D.equals(p.audience());
            push.add(new PushRow(p, text(p.template()), counted ? inactivity.inactive() : null, counted ? inactivity.entering() : null));
        }
        return new Report(day, drip, push, c.isPresent() ? "" : "No warehouse is open: the counts appear once one is.");
    }

    private String text(String templateId) {
        if (templateId == null) {
            return "";
        }
        try {
            return texts.templateSource(templateId).text();
        } catch (RuntimeException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
