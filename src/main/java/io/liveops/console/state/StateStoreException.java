package io.liveops.console.state;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A state store problem phrased for the user: one sentence that says what failed and where.
 * {@link #connectionLost()} says the team database ended or lost the connection (a restart, say): a
 * write that failed this way may or may not have been committed, so callers read the state again.
 * {@link #unusableFile()} names a local file that stops the store from opening (damaged, or in the
 * way), which the console can keep aside to start with a fresh store.
 */
public class StateStoreException extends RuntimeException {

    private final boolean connectionLost;
    private final transient Path unusableFile;

    public StateStoreException(String message) {
        this(message, null, false, null);
    }

    public StateStoreException(String message, Throwable cause) {
        this(message, cause, false, null);
    }

    public StateStoreException(String message, Throwable cause, boolean connectionLost) {
        this(message, cause, connectionLost, null);
    }

    /** @param unusableFile a file that cannot be used as the state store (damaged, or in the way), which may be moved aside */
    public StateStoreException(String message, Throwable cause, Path unusableFile) {
        this(message, cause, false, unusableFile);
    }

    private StateStoreException(String message, Throwable cause, boolean connectionLost, Path unusableFile) {
        super(message, cause);
        this.connectionLost = connectionLost;
        this.unusableFile = unusableFile;
    }

    /** True when the connection to the team database died under the work: read again to know what was stored. */
    public boolean connectionLost() {
        return connectionLost;
    }

    /** The file that stops the store from opening, when moving it aside and starting afresh would help. */
    public Optional<Path> unusableFile() {
        return Optional.ofNullable(unusableFile);
    }
}
