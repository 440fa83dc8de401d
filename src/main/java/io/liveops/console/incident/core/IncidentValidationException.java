package io.liveops.console.incident.core;

/** Input the service refuses, phrased for the form that sent it. */
public class IncidentValidationException extends RuntimeException {
    public IncidentValidationException(String message) {
        super(message);
    }
}
