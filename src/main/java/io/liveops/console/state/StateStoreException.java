package io.liveops.console.state;

import java.nio.file.Path;
import java.util.Optional;

/** A state store problem phrased for the user: one sentence that says what failed and where. */
public class StateStoreException extends RuntimeException {

    private final transient Path unusableFile;

    public StateStoreException(String message) {
        this(message, null, null);
    }

    public StateStoreException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /** @param unusableFile a file that cannot be used as the state store (damaged, or in the way), which may be moved aside */
    public StateStoreException(String message, Throwable cause, Path unusableFile) {
        super(message, cause);
        this.unusableFile = unusableFile;
    }

    /** The file that stops the store from opening, when moving it aside and starting afresh would help. */
    public Optional<Path> unusableFile() {
        return Optional.ofNullable(unusableFile);
    }
}
