-- nps_30d: over nps_responses in [D-29, D]: 100 * (share scoring 9-10 - share scoring 0-6); null when there is no response.
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Daily counts, summed over each 30-day window. Double arithmetic matches the PostgreSQL file bit for bit. non_numeric counts
-- scores in the window that are not numbers.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n,
           date(first_day, '-29 days') AS since, date(last_day, '+1 day') AS until
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
)
, daily AS MATERIALIZED (
    SELECT unixepoch(responded_at) / 86400 AS n, COUNT(*) AS responses,
           COUNT(*) FILTER (WHERE score BETWEEN 9 AND 10) AS promoters,
           COUNT(*) FILTER (WHERE score BETWEEN 0 AND 6) AS detractors,
           COUNT(*) FILTER (WHERE typeof(score) NOT IN ('integer', 'real', 'null')) AS non_numeric
    FROM nps_responses
    WHERE responded_at >= date(?1, '-29 days') AND responded_at < date(?2, '+1 day')
    GROUP BY 1
), windowed AS (
    SELECT days.n, COALESCE(SUM(r.responses), 0) AS n_all, COALESCE(SUM(r.promoters), 0) AS promoters,
           COALESCE(SUM(r.detractors), 0) AS detractors, COALESCE(SUM(r.non_numeric), 0) AS non_numeric
    FROM days LEFT JOIN daily r ON r.n BETWEEN days.n - 29 AND days.n
    GROUP BY days.n
)
SELECT date(n * 86400, 'unixepoch') AS day,
       CASE WHEN n_all = 0 THEN NULL
            ELSE 100.0 * (CAST(promoters AS REAL) / n_all - CAST(detractors AS REAL) / n_all) END AS value,
       non_numeric, 'nps_responses.score' AS non_numeric_in
FROM windowed
ORDER BY n;
