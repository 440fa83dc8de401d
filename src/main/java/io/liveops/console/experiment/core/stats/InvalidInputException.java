package io.liveops.console.experiment.core.stats;

/**
 * An input the statistics refuse, with the name of the field it came from so a form can put the
 * message next to that field and the CLI can print it as one sentence.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input the message is about, e.g. {@code "alpha"}, {@code "arm.1"}; never null. */
    public String field() {
        return field;
    }
}
