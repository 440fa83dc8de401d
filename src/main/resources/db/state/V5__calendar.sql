-- Content calendar items (issue 13). Same conventions as V1: ${id_pk}, epoch-millisecond instants.
-- An item keeps its wall-clock start in its own zone (starts_local 'YYYY-MM-DDTHH:MM', zone 'Asia/Seoul'),
-- because "Wednesday 20:00 KST" must stay 20:00 in Seoul; starts_at_ms is the same moment as an instant,
-- kept for range queries. version is the optimistic lock, as for incidents: writers update
-- "WHERE id = ? AND version = ?".
CREATE TABLE calendar_items (
    id            ${id_pk},
    version       BIGINT        NOT NULL,
    -- the cadence rule and occurrence a stored item stands for; both null for a one-off item
    rule_id       VARCHAR(60),
    slot_day      VARCHAR(10),
    ical_uid      VARCHAR(500),
    title         VARCHAR(200)  NOT NULL,
    channel       VARCHAR(32)   NOT NULL,
    starts_local  VARCHAR(16)   NOT NULL,
    ends_local    VARCHAR(16),
    zone          VARCHAR(64)   NOT NULL,
    starts_at_ms  BIGINT        NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    owner         VARCHAR(200)  NOT NULL,
    body          TEXT          NOT NULL,
    notes         TEXT          NOT NULL,
    link          VARCHAR(2000) NOT NULL,
    template      VARCHAR(100),
    created_at_ms BIGINT        NOT NULL,
    updated_at_ms BIGINT        NOT NULL
);

CREATE INDEX calendar_items_starts_at ON calendar_items (starts_at_ms);
-- one stored item per rule occurrence (NULLs, i.e. one-off items, never collide)
CREATE UNIQUE INDEX calendar_items_slot ON calendar_items (rule_id, slot_day);

CREATE TABLE calendar_item_history (
    id       ${id_pk},
    item_id  BIGINT       NOT NULL REFERENCES calendar_items (id),
    at_ms    BIGINT       NOT NULL,
    kind     VARCHAR(16)  NOT NULL,
    text     TEXT         NOT NULL
);

CREATE INDEX calendar_item_history_item ON calendar_item_history (item_id, at_ms);
