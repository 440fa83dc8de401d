package io.liveops.console.warehouse;

import java.time.Duration;

/** A warehouse query that ran past its time limit and was stopped. */
public final class QueryTimeLimitException extends WarehouseException {

    private final Duration limit;

    public QueryTimeLimitException(Duration limit, String message, Throwable cause) {
        super(message, cause);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** "30 s", or "500 ms" below a second. */
    public static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
