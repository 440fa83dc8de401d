-- fear_greed: fear_greed.value on day D; null when the day has no value.
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone.
SELECT value AS value
FROM fear_greed
WHERE day = CAST(? AS date);
