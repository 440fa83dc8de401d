-- calendar_seasons: the game seasons that season-relative cadence rules count from (week 1 starts on starts_on).
-- No parameters. Days are 'YYYY-MM-DD'.
SELECT season_id, name, starts_on, ends_on
FROM seasons
ORDER BY starts_on, season_id;
