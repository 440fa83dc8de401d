package io.liveops.console.shared;

/** A template file the console refuses, with the file, line and column in the message. */
public class TemplateException extends RuntimeException {
    public TemplateException(String message) {
        super(message);
    }
}
