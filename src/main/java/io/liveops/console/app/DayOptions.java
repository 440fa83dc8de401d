package io.liveops.console.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** The as-of day of a one-day command such as {@code economy} (a picocli mixin). */
final class DayOptions {

    @Option(names = "--as-of", paramLabel = "<YYYY-MM-DD>", description = "The UTC day to compute (default: yesterday)")
    String asOf;

    /** The as-of day, or null after saying on {@code err} why the option is refused. */
    LocalDate day(Clock clock, PrintWriter err) {
        try {
            return asOf == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1) : LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            err.println("Invalid --as-of '" + asOf + "': expected a calendar day as YYYY-MM-DD, for example 2025-11-20.");
            return null;
        }
    }
}
