-- The latest UTC day with sessions: the console's default as-of day when it is before yesterday (no parameters).
SELECT to_char(max(started_at), 'YYYY-MM-DD') AS value FROM sessions
