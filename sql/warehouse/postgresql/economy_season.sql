-- economy_season: the season in force on day D (as inflation_index picks it: overlapping seasons, the one that started
-- last wins) and how many seasons the table has, so "no season contains D" and "no seasons at all" read apart.
-- Parameters: D, D cast to date. Always one row; the season columns are null when no season contains D.
WITH n AS (
    SELECT COUNT(*) AS seasons FROM seasons
), s AS (
    SELECT season_id, name, starts_on, ends_on
    FROM seasons
    WHERE starts_on <= CAST(? AS date) AND ends_on >= CAST(? AS date)
    ORDER BY starts_on DESC
    LIMIT 1
)
SELECT n.seasons, s.season_id, s.name, CAST(s.starts_on AS text) AS starts_on, CAST(s.ends_on AS text) AS ends_on
FROM n
LEFT JOIN s ON TRUE;
