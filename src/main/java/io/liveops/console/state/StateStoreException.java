package io.liveops.console.state;

/** A state store problem phrased for the user: one sentence that says what failed and where. */
public class StateStoreException extends RuntimeException {
    public StateStoreException(String message) {
        super(message);
    }

    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
