-- economy_season: the season in force on day D (as inflation_index picks it: overlapping seasons, the one that started
-- last wins) and how many seasons the table has, so "no season contains D" and "no seasons at all" read apart.
-- Parameters: D, D as text 'YYYY-MM-DD'. Always one row; the season columns are null when no season contains D.
WITH n AS (
    SELECT COUNT(*) AS seasons FROM seasons
), s AS (
    SELECT season_id, name, starts_on, ends_on
    FROM seasons
    WHERE starts_on <= ? AND ends_on >= ?
    ORDER BY starts_on DESC
    LIMIT 1
)
SELECT n.seasons, s.season_id, s.name, s.starts_on, s.ends_on
FROM n
LEFT JOIN s ON 1 = 1;
