package io.liveops.console.economy.core;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One section of the Economy report: its data, or the sentence that says what is missing and why
 * (a table the warehouse lacks, a day outside every season, a query that failed). Sections fail
 * alone, so the others keep working.
 *
 * @param failed true when a query failed (the warehouse's error), false when the data is simply not there
 */
public record Part<T>(T value, String problem, boolean failed) {

    public Part {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("A part has either a value or a problem");
        }
    }

    public static <T> Part<T> of(T value) {
        return new Part<>(Objects.requireNonNull(value, "value"), null, false);
    }

    /** Nothing to show, for a reason that is a fact about the data. */
    public static <T> Part<T> missing(String why) {
        return new Part<>(null, Objects.requireNonNull(why, "why"), false);
    }

    /** The query failed. */
    public static <T> Part<T> failure(String error) {
        return new Part<>(null, Objects.requireNonNull(error, "error"), true);
    }

    public boolean present() {
        return value != null;
    }

    public Optional<T> get() {
        return Optional.ofNullable(value);
    }

    public <R> Part<R> map(Function<? super T, ? extends R> f) {
        return present() ? Part.of(f.apply(value)) : new Part<>(null, problem, failed);
    }
}
