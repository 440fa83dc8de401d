package io.liveops.console.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A file the user chose to import from; read it on a background thread. */
public final class ImportFile {

    private final Path path;

    public ImportFile(Path path) {
        this.path = Objects.requireNonNull(path, "path").toAbsolutePath();
    }

    public Path path() {
        return path;
    }

    /** The file's name, for messages ("Imported 4 events from calendar.ics"). */
    public String name() {
        return path.getFileName().toString();
    }

    /** The whole file as UTF-8 text, or a sentence saying why it cannot be read. */
    public String readString() {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
