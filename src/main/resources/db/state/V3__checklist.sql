-- Checklist runs (issue 4). Days are ISO dates ('2026-11-23') in the user's zone, because a routine
-- belongs to the user's day, not to a UTC day; instants stay BIGINT epoch milliseconds as in V1.

-- One row per day the checklist was opened: the routines that applied that day (and the items
-- carried over into it), frozen as JSON when the day was first opened. Template edits apply from
-- the next day and never rewrite a past day.
CREATE TABLE checklist_days (
    day           VARCHAR(10) NOT NULL PRIMARY KEY,
    routines_json TEXT        NOT NULL,
    created_at_ms BIGINT      NOT NULL
);

-- What happened to an item on a day. No row means the item is still open.
CREATE TABLE checklist_marks (
    day           VARCHAR(10)  NOT NULL,
    routine_id    VARCHAR(200) NOT NULL,
    item_id       VARCHAR(300) NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    marked_by     VARCHAR(200),
    marked_at_ms  BIGINT,
    skip_reason   TEXT,
    note          TEXT,
    updated_at_ms BIGINT       NOT NULL,
    PRIMARY KEY (day, routine_id, item_id)
);
