package io.liveops.console.report.core;

/** Another console saved the same week's report since this one was opened; nothing was overwritten. */
final class SaveConflictException extends RuntimeException {
    public SaveConflictException(String sentence) {
        super(sentence, null, false, false);
    }
}
