package io.liveops.console.kpi.core;

import io.liveops.console.alert.core.Alert;
import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The KPI board's alert rules: after every refresh of the live day, each KPI's status is reported to
 * the {@link AlertCenter}, which raises on a change for the worse, records a quiet entry on recovery
 * and stays silent otherwise. A KPI whose query failed, or a day without data, reports UNKNOWN, which neither
 * raises nor recovers. Plain Java: runs on a background thread because the center writes the state store.
 */
public final class KpiAlertRules {

    /** The alert source of every KPI alert; the alert's key is the KPI id. */
    public static final String SOURCE = "KPI";

    private final AlertCenter center;

    public KpiAlertRules(AlertCenter center) {
        this.center = Objects.requireNonNull(center, "center");
    }

    /** Reports every reading of a snapshot (their text as the board shows it); returns the entries recorded. */
    public List<Alert> evaluate(List<KpiReading> readings) {
        List<Alert> recorded = new ArrayList<>();
        for (KpiReading r : readings) {
            AlertLevel level = levelOf(r);
            AlertLevel previous = center.level(SOURCE, r.id());
            String title = r.label() + ": " + word(previous) + " → " + word(level);
            String detail = "Value " + (r.failed() ? "—" : r.valueText()) + " on " + r.day() + " · " + r.thresholdText();
            recorded.addAll(center.observe(SOURCE, r.id(), level, title, detail));
        }
        return recorded;
    }

    static AlertLevel levelOf(KpiReading r) {
        if (r.failed()) {
            return AlertLevel.UNKNOWN;
        }
        return switch (r.status()) {
            case OK -> AlertLevel.OK;
            case WARNING -> AlertLevel.WARNING;
            case CRITICAL -> AlertLevel.CRITICAL;
            case UNKNOWN -> AlertLevel.UNKNOWN;
        };
    }

    private static String word(AlertLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
