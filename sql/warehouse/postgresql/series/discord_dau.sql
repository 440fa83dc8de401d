-- discord_dau: community_daily.active_users of channel 'discord' on day D; no row for D is shown as null (no data, not zero users).
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
SELECT c.day, c.active_users AS value
FROM community_daily c
WHERE c.channel = 'discord' AND c.day BETWEEN (SELECT first_day FROM bounds) AND (SELECT last_day FROM bounds)
ORDER BY c.day;
