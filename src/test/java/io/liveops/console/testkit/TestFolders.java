package io.liveops.console.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary folders for tests that cannot take JUnit's {@code @TempDir} (a TestFX {@code start(Stage)} runs before
 * the fields are filled, a fixture shared by the whole run): made at once and deleted with their contents when the
 * test JVM ends, so a run leaves nothing in the system's temporary folder.
 */
public final class TestFolders {

    private static final List<Path> MADE = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestFolders::deleteAll, "test-folders-cleanup"));
    }

    private TestFolders() {}

    /** A new empty folder named {@code prefix…} in the system's temporary folder. */
    public static Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            synchronized (MADE) {
                MADE.add(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll() {
        synchronized (MADE) {
            for (Path dir : MADE) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException | UncheckedIOException ignored) {
                    // best effort at exit: a folder already gone or still held open is left to the system
                }
            }
        }
    }
}
