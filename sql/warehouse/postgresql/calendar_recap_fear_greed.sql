-- calendar_recap_fear_greed: the Fear & Greed index on D (value_now) and on D-7 (value_before); null for a day
-- without a value. Parameters: every placeholder is D, cast to date.
SELECT (SELECT value FROM fear_greed WHERE day = CAST(? AS date) - 7) AS value_before,
       (SELECT value FROM fear_greed WHERE day = CAST(? AS date)) AS value_now;
