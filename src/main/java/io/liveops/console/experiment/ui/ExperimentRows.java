package io.liveops.console.experiment.ui;

import io.liveops.console.experiment.core.stats.Guardrail;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The editable rows and the read-only display lines of the Experiments tab. */
final class ExperimentRows {

    private ExperimentRows() {}

    /** One arm typed by hand: {@code 450/1000} or {@code MEAN,SD,N}. */
    public static final class ArmRow {
        private final ReadOnlyStringWrapper name;
        private final StringProperty text = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        ArmRow(String name, String text) {
            this.name = new ReadOnlyStringWrapper(name);
            this.text.set(text);
        }

        public ReadOnlyStringProperty nameProperty() {
            return name.getReadOnlyProperty();
        }

        void rename(String n) {
            name.set(n);
        }

        public StringProperty textProperty() {
            return text;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }

        void setError(String message) {
            error.set(message);
        }
    }

    /**
     * A guardrail the user picked. {@code counts} holds its data per arm when typed by hand
     * ({@code 20/1000; 22/1000} or {@code m,sd,n; m,sd,n}); the warehouse fills it otherwise.
     */
    public static final class GuardrailRow {
        private final StringProperty metric = new SimpleStringProperty("");
        private final ObjectProperty<Guardrail.Direction> direction = new SimpleObjectProperty<>(Guardrail.Direction.LOWER_IS_BETTER);
        private final StringProperty tolerance = new SimpleStringProperty("0");
        private final StringProperty counts = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        GuardrailRow(String metric, Guardrail.Direction direction, String tolerance) {
            this.metric.set(metric);
            this.direction.set(direction);
            this.tolerance.set(tolerance);
        }

        public StringProperty metricProperty() {
            return metric;
        }

        public ObjectProperty<Guardrail.Direction> directionProperty() {
            return direction;
        }

        public StringProperty toleranceProperty() {
            return tolerance;
        }

        public StringProperty countsProperty() {
            return counts;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }

        void setError(String message) {
            error.set(message);
        }
    }

    /** An arm of the result, formatted. */
    public record ArmLine(String name, String users, String value, String interval) {}

    /** A variant against control on one metric, formatted; {@code significant} after the correction. */
    public record ComparisonLine(String metric, String variant, String lift, String relativeLift, String interval, String statistic, String p,
                                 String pAdjusted, String effect, String chanceToBeatControl, boolean significant, String note) {}

    /** A CUPED-adjusted comparison beside the unadjusted one, formatted. */
    public record CupedLine(String metric, String variant, String theta, String unadjustedLift, String unadjustedInterval, String adjustedLift,
                            String adjustedInterval, String varianceReduction, String extraDays) {}

    /** A guardrail result, formatted. */
    public record GuardrailLine(String metric, String variant, String status, String change, String interval, String tolerance) {}

    /** A point of the forest plot: lift and its interval, in display units (percentage points or metric units). */
    public record ForestPoint(String label, double estimate, double lower, double upper, boolean significant) {}
}
