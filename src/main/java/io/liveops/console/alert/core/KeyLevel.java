package io.liveops.console.alert.core;

import java.time.Instant;

/** The last level the alert center saw for one observed key, kept so a restart does not re-raise it. */
public record KeyLevel(String source, String key, String level, Instant changedAt) {}
