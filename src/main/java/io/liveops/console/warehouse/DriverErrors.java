package io.liveops.console.warehouse;

/** Reading JDBC driver failures for a one-sentence message: the innermost cause, and a message's first line. */
public final class DriverErrors {

    private DriverErrors() {}

    /** The innermost cause (pools and drivers wrap the reason several layers deep). */
    public static Throwable rootCause(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r;
    }

    /** The first line of a driver message (PostgreSQL adds detail lines), or "no details". */
    public static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
