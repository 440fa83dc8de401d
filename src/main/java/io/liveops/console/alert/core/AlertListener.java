package io.liveops.console.alert.core;

/**
 * Told about every history entry the {@link AlertCenter} records, on the thread that called the
 * center (usually a background refresh): UI listeners hop to the FX thread themselves.
 */
@FunctionalInterface
public interface AlertListener {

    /** A new entry: raised (check {@link Alert#toastWorthy()}) or recovered. */
    void alertRecorded(Alert alert);

    /** Someone acknowledged an alert. */
    default void alertAcknowledged(Alert alert) {
    }
}
