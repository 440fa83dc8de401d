-- The first UTC day with sessions: the earliest as-of day the board offers (no parameters).
SELECT to_char(min(started_at), 'YYYY-MM-DD') AS value FROM sessions
