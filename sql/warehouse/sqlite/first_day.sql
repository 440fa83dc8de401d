-- The first UTC day with sessions: the earliest as-of day the board offers (no parameters).
SELECT substr(min(started_at), 1, 10) AS value FROM sessions
