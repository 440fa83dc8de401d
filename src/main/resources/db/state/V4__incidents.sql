-- Incidents and their timelines (issue 5). Same conventions as V1: ${id_pk}, epoch-millisecond instants.
-- version is bumped by every change of a row: writers update "WHERE id = ? AND version = ?" so two
-- consoles editing one incident never overwrite each other silently, and the board polls the
-- versions to see another console's changes.
CREATE TABLE incidents (
    id                 ${id_pk},
    version            BIGINT        NOT NULL,
    title              VARCHAR(500)  NOT NULL,
    severity           VARCHAR(8)    NOT NULL,
    status             VARCHAR(32)   NOT NULL,
    feature            VARCHAR(200)  NOT NULL,
    description        TEXT          NOT NULL,
    eta                VARCHAR(200)  NOT NULL,
    what_happened      TEXT          NOT NULL,
    what_we_did        TEXT          NOT NULL,
    declared_at_ms     BIGINT        NOT NULL,
    acknowledged_at_ms BIGINT,
    resolved_at_ms     BIGINT,
    last_update_at_ms  BIGINT,
    runbooks           TEXT          NOT NULL,
    runbooks_done      TEXT          NOT NULL,
    post_mortem        TEXT
);

CREATE INDEX incidents_declared_at ON incidents (declared_at_ms);

CREATE TABLE incident_timeline (
    id          ${id_pk},
    incident_id BIGINT       NOT NULL REFERENCES incidents (id),
    at_ms       BIGINT       NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    text        TEXT         NOT NULL
);

CREATE INDEX incident_timeline_incident ON incident_timeline (incident_id, at_ms);
