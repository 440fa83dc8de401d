-- discord_dau: community_daily.active_users of channel 'discord' on day D; no row for D is shown as null (no data, not zero users).
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone.
SELECT active_users AS value
FROM community_daily
WHERE channel = 'discord' AND day = CAST(? AS date);
