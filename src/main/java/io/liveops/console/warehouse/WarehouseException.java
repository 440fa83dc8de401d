package io.liveops.console.warehouse;

/** A warehouse problem phrased for the user: the message is one sentence that says what and where. */
public class WarehouseException extends RuntimeException {
    public WarehouseException(String message) {
        super(message);
    }

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
