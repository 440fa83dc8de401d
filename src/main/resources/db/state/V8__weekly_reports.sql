-- Weekly reports (issue 14): one row per ISO week ('2025-W46'), kept as it was sent. Same conventions as V1: shared SQL for
-- SQLite and PostgreSQL, instants as BIGINT epoch milliseconds, days as ISO text.
-- numbers_json and bugs_json hold the warehouse's numbers and the incident board's P0/P1 list as they were when the report
-- was generated; markdown is the report as copied or exported. version is bumped by every save: a save carries the version
-- it was based on ("WHERE week = ? AND version = ?"), so two consoles in team mode never overwrite each other silently.
CREATE TABLE weekly_reports (
    week            VARCHAR(8)   NOT NULL PRIMARY KEY,
    through_day     VARCHAR(10)  NOT NULL,
    numbers_json    TEXT         NOT NULL,
    bugs_json       TEXT         NOT NULL,
    top_feedback    TEXT         NOT NULL,
    next_week_focus TEXT         NOT NULL,
    markdown        TEXT         NOT NULL,
    saved_at_ms     BIGINT       NOT NULL,
    saved_by        VARCHAR(200) NOT NULL,
    version         BIGINT       NOT NULL
);
