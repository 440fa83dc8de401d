package io.liveops.console.checklist.ui;

import io.liveops.console.shared.Status;

/**
 * A live KPI value shown next to an item: "DAU  9,840" with its status.
 *
 * @param judged false for a value without a threshold: shown plain, with no status colour or icon (it would read as healthy)
 */
record KpiChip(String id, String label, String value, Status status, boolean judged) {

    KpiChip(String id, String label, String value, Status status) {
        this(id, label, value, status, true);
    }
}
