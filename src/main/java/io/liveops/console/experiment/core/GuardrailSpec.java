package io.liveops.console.experiment.core;

import io.liveops.console.experiment.core.stats.Guardrail;
import io.liveops.console.experiment.core.stats.InvalidInputException;
import java.util.Locale;

/**
 * A guardrail the user picked: the metric, which direction is bad, and the tolerated change in
 * the metric's own units. Written on the command line as {@code metric[:lower|higher[:tolerance]]}.
 *
 * @param optional true for the default guardrail, which is skipped when the experiment does not record it; a
 *                 guardrail the user named must be a metric of the experiment
 */
public record GuardrailSpec(String metric, Guardrail.Direction direction, double tolerance, boolean optional) {

    public GuardrailSpec(String metric, Guardrail.Direction direction, double tolerance) {
        this(metric, direction, tolerance, false);
    }

    /** The default guardrail of the CLI: crashes must not rise (skipped for an experiment that does not record crashes). */
    public static GuardrailSpec sessionCrash() {
        return new GuardrailSpec("session_crash", Guardrail.Direction.LOWER_IS_BETTER, 0, true);
    }

    public static GuardrailSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("guardrail", "A guardrail needs a metric name, e.g. session_crash:lower:0.005.");
        }
        String[] parts = text.trim().split(":", -1);
        if (parts.length > 3 || parts[0].isBlank()) {
            throw new InvalidInputException("guardrail", "A guardrail must look like metric[:lower|higher[:tolerance]], got '" + text.trim() + "'.");
        }
        Guardrail.Direction dir = Guardrail.Direction.LOWER_IS_BETTER;
        if (parts.length >= 2) {
            dir = switch (parts[1].trim().toLowerCase(Locale.ROOT)) {
                case "lower", "lower_is_better" -> Guardrail.Direction.LOWER_IS_BETTER;
                case "higher", "higher_is_better" -> Guardrail.Direction.HIGHER_IS_BETTER;
                default -> throw new InvalidInputException("guardrail", "The direction of guardrail " + parts[0].trim()
                        + " must be 'lower' or 'higher' (which values are better), got '" + parts[1].trim() + "'.");
            };
        }
        double tol = parts.length == 3 ? ArmInputs.number("guardrail", "The tolerated change of guardrail " + parts[0].trim(), parts[2]) : 0;
        if (tol < 0) {
            throw new InvalidInputException("guardrail", "The tolerated change of guardrail " + parts[0].trim() + " must be 0 or more, got " + tol + ".");
        }
        return new GuardrailSpec(parts[0].trim(), dir, tol);
    }
}
