package io.liveops.console.incident.core;

/** Another console saved the incident since this one read it; the user reloads instead of overwriting. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String message) {
        super(message);
    }
}
