package io.liveops.console.shared;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * User-editable JSON configuration: defaults ship as a resource, the user's copy lives in the
 * config folder. A user file that fails to parse is reported with path, line and column, the
 * defaults are used, and the user's file is never overwritten by the fallback.
 */
public final class JsonConfig {

    private JsonConfig() {}

    /** Where and why a config file was refused. Line and column are 1-based; 0 when unknown. */
    public record Problem(Path path, int line, int column, String message) {
        public String describe() {
            String at = line > 0 ? ":" + line + ":" + column : "";
            return path + at + ": " + message;
        }
    }

    /** A loaded value; {@code problem} is present when the user's file was refused and defaults are in use. */
    public record Loaded<T>(T value, Optional<Problem> problem, boolean fromUserFile) {}

    /**
     * The one mapper configuration of the console (config files, stored JSON, exports). A key given
     * twice in a file is refused with its line (the last one silently winning hides a mistake).
     */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    public static <T> Loaded<T> load(ObjectMapper mapper, Path userFile, String defaultResource, Class<T> type) {
        T defaults = readDefaults(mapper, defaultResource, type);
        if (userFile == null || !Files.exists(userFile)) {
            return new Loaded<>(defaults, Optional.empty(), false);
        }
        try {
            return new Loaded<>(parse(mapper, userFile, type), Optional.empty(), true);
        } catch (ConfigException e) {
            return new Loaded<>(defaults, Optional.of(e.problem()), false);
        }
    }

    /** Parses one file or throws {@link ConfigException} naming path, line and column. */
    public static <T> T parse(ObjectMapper mapper, Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            T value = mapper.readValue(in, type);
            if (value == null) {
                throw new ConfigException(new Problem(file, 1, 1, "the file is empty; expected a JSON object"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ConfigException(problemOf(file, e));
        } catch (IOException e) {
            throw new ConfigException(new Problem(file, 0, 0, "cannot read the file: " + e.getMessage()));
        }
    }

    static Problem problemOf(Path file, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String msg = e.getOriginalMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !(cause instanceof JsonProcessingException)) {
            msg = cause.getMessage(); // our own validation message from a constructor
        }
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            msg = msg + " (at " + jme.getPathReference().replaceFirst("^[^\\[]*", "") + ")";
        }
        int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
        int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
        return new Problem(file, line, col, msg == null ? "invalid JSON" : msg.replace('\n', ' '));
    }

    private static <T> T readDefaults(ObjectMapper mapper, String resource, Class<T> type) {
        try (InputStream in = JsonConfig.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in defaults " + resource);
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Built-in defaults " + resource + " are broken", e);
        }
    }

    /**
     * Writes durably: a temporary file in the same folder, forced to disk, then moved over the target
     * atomically, so a crash leaves either the old or the new file, never half of one.
     */
    public static void writeAtomically(ObjectMapper mapper, Path target, Object value) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                mapper.writeValue(out, value);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save " + target + ": " + e.getMessage(), e);
        }
    }

    /** A refused config file. */
    public static final class ConfigException extends RuntimeException {
        private final transient Problem problem;

        public ConfigException(Problem problem) {
            super(problem.describe());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
