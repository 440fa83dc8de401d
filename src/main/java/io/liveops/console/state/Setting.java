package io.liveops.console.state;

import java.time.Instant;

/** One stored setting: its name, its value as a JSON document, and when it was last written. */
public record Setting(String name, String valueJson, Instant updatedAt) {}
