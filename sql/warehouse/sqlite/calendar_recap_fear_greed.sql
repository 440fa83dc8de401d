-- calendar_recap_fear_greed: the Fear & Greed index on D (value_now) and on D-7 (value_before); null for a day
-- without a value. Parameters: every placeholder is D as 'YYYY-MM-DD'.
SELECT (SELECT value FROM fear_greed WHERE day = date(?, '-7 days')) AS value_before,
       (SELECT value FROM fear_greed WHERE day = ?) AS value_now;
