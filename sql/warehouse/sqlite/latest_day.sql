-- The latest UTC day with sessions: the console's default as-of day when it is before yesterday (no parameters).
SELECT substr(max(started_at), 1, 10) AS value FROM sessions
