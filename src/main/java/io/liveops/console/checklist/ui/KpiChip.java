package io.liveops.console.checklist.ui;

import io.liveops.console.shared.Status;

/** A live KPI value shown next to an item: "DAU  9,840" with its status. */
record KpiChip(String id, String label, String value, Status status) {}
