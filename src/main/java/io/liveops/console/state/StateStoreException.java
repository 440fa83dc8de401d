package io.liveops.console.state;

/**
 * A state store problem phrased for the user: one sentence that says what failed and where.
 * {@link #connectionLost()} says the team database ended or lost the connection (a restart, say): a
 * write that failed this way may or may not have been committed, so callers read the state again.
 */
public class StateStoreException extends RuntimeException {

    private final boolean connectionLost;

    public StateStoreException(String message) {
        this(message, null, false);
    }

    public StateStoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public StateStoreException(String message, Throwable cause, boolean connectionLost) {
        super(message, cause);
        this.connectionLost = connectionLost;
    }

    /** True when the connection to the team database died under the work: read again to know what was stored. */
    public boolean connectionLost() {
        return connectionLost;
    }
}
