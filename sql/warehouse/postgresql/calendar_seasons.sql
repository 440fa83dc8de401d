-- calendar_seasons: the game seasons that season-relative cadence rules count from (week 1 starts on starts_on).
-- No parameters.
SELECT season_id, name, CAST(starts_on AS text) AS starts_on, CAST(ends_on AS text) AS ends_on
FROM seasons
ORDER BY starts_on, season_id;
