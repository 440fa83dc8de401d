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
 * and stays silent otherwise. A KPI whose query failed reports UNKNOWN, which neither raises nor recovers.
 * Plain Java: runs on a background thread because the center writes the state store.
 */
public final class KpiAlertRules {

    /** The alert source of every KPI alert; the alert's key is the KPI id. */
    public static final String SOURCE = "KPI";

    private final AlertCenter center;
    private final KpiFormat format;
    private final ThresholdText thresholdText;

    public KpiAlertRules(AlertCenter center, KpiFormat format) {
        this.center = Objects.requireNonNull(center, "center");
        this.format = Objects.requireNonNull(format, "format");
        this.thresholdText = new ThresholdText(format);
    }

    /** Reports every value of the snapshot; returns the entries recorded (raised and recovered). */
    public List<Alert> evaluate(KpiSnapshot snapshot, Thresholds thresholds) {
        List<Alert> recorded = new ArrayList<>();
        for (KpiValue v : snapshot.values()) {
            AlertLevel level = levelOf(v);
            AlertLevel previous = center.level(SOURCE, v.id());
            String title = labelOf(v) + ": " + word(previous) + " → " + word(level);
            String detail = "Value " + format.format(v.definition().unit(), v.value()) + " on " + snapshot.asOf() + " · "
                    + thresholdText.describe(v.definition().unit(), thresholds.get(v.id()));
            recorded.addAll(center.observe(SOURCE, v.id(), level, title, detail));
        }
        return recorded;
    }

    static AlertLevel levelOf(KpiValue v) {
        if (v.failed()) {
            return AlertLevel.UNKNOWN;
        }
        return switch (v.status()) {
            case OK -> AlertLevel.OK;
            case WARNING -> AlertLevel.WARNING;
            case CRITICAL -> AlertLevel.CRITICAL;
            case UNKNOWN -> AlertLevel.UNKNOWN;
        };
    }

    /** "DAU", or "24 h change BTC" for a keyed value. */
    public static String labelOf(KpiValue v) {
        int colon = v.id().indexOf(KpiDefinition.KEY_SEPARATOR);
        return colon < 0 ? v.definition().label() : v.definition().label() + " " + v.id().substring(colon + 1);
    }

    private static String word(AlertLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
