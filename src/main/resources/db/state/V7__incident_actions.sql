-- Incidents (issues 15 and 18). user_issue: the issue as users would say it ("problems with guild chat"),
-- which the announcements use instead of the title. detail: the text behind a timeline line (the entry
-- says "Copied Discord announcement", the announcement itself is one click away). action_id: the id the
-- console gave the user action that wrote the entry; unique, so a retry after a commit whose reply was
-- lost cannot store the action twice (several NULLs are allowed, on SQLite and PostgreSQL alike).
ALTER TABLE incidents ADD COLUMN user_issue VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE incident_timeline ADD COLUMN detail TEXT;
ALTER TABLE incident_timeline ADD COLUMN action_id VARCHAR(64);
CREATE UNIQUE INDEX incident_timeline_action ON incident_timeline (action_id);
