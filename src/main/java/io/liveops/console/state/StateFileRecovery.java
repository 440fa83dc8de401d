package io.liveops.console.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Keeps a state file that cannot be used (damaged, another program's file, or a file where a folder
 * must be) aside as {@code <name>.damaged-<time>}, with its write-ahead log and shared-memory files, so
 * the console can start with a fresh store and nothing is deleted.
 */
public final class StateFileRecovery {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private StateFileRecovery() {}

    /** @return where the file now is */
    public static Path moveAside(Path file, Clock clock) {
        Path absolute = file.toAbsolutePath();
        String suffix = ".damaged-" + LocalDateTime.now(clock).format(STAMP);
        Path target = absolute.resolveSibling(absolute.getFileName() + suffix);
        try {
            Files.move(absolute, target);
            for (String companion : new String[] {"-wal", "-shm"}) {
                Path c = absolute.resolveSibling(absolute.getFileName() + companion);
                if (Files.exists(c)) {
                    Files.move(c, c.resolveSibling(c.getFileName() + suffix));
                }
            }
            return target;
        } catch (IOException | SecurityException e) {
            throw new StateStoreException("Could not move " + absolute + " aside to " + target.getFileName() + ": " + e.getMessage()
                    + ". Move or delete it yourself (it may be read-only or immutable), then start the console again.", e);
        }
    }
}
