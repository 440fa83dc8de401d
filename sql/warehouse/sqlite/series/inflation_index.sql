-- inflation_index: Laspeyres index; base window = first 7 days of the season containing D, current window = [D-6, D]; over items traded
-- in both, p = sum(price*qty)/sum(qty) per window, w = base-window quantity; index = sum(w*p_current) / sum(w*p_base). Null without season or common item.
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Daily sums per item are read once and added up per window. Overlapping seasons: the one that started last wins. non_numeric counts
-- trades of the two windows whose unit_price or quantity is not a number.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n,
           MIN(date(first_day, '-6 days'),
               COALESCE((SELECT MIN(starts_on) FROM seasons WHERE starts_on <= last_day AND ends_on >= first_day), first_day)) AS since,
           -- a season's base week may end after the last day
           MAX(date(last_day, '+1 day'),
               COALESCE((SELECT date(MAX(starts_on), '+7 days') FROM seasons WHERE starts_on <= last_day AND ends_on >= first_day),
                        date(last_day, '+1 day'))) AS until
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n, day) AS (
    SELECT first_n, first_day FROM bounds
    UNION ALL
    SELECT n + 1, date(day, '+1 day') FROM days, bounds WHERE n < last_n
), season_of_day AS MATERIALIZED (
    SELECT days.n, MAX(unixepoch(s.starts_on) / 86400) AS season_n
    FROM days JOIN seasons s ON s.starts_on <= days.day AND s.ends_on >= days.day
    GROUP BY days.n
), trades AS MATERIALIZED (
    SELECT unixepoch(occurred_at) / 86400 AS n, item_id, SUM(unit_price * quantity) AS pq, SUM(quantity) AS q,
           COUNT(*) FILTER (WHERE typeof(unit_price) NOT IN ('integer', 'real', 'null')
                               OR typeof(quantity) NOT IN ('integer', 'real', 'null')) AS non_numeric
    FROM market_trades
    WHERE occurred_at >= (SELECT since FROM bounds) AND occurred_at < (SELECT until FROM bounds)
    GROUP BY 1, 2
), base AS MATERIALIZED (
    SELECT s.season_n, t.item_id, SUM(t.pq) / NULLIF(SUM(t.q), 0) AS p, SUM(t.q) AS w, SUM(t.non_numeric) AS non_numeric
    FROM (SELECT DISTINCT season_n FROM season_of_day) s
    JOIN trades t ON t.n BETWEEN s.season_n AND s.season_n + 6
    GROUP BY s.season_n, t.item_id
), current AS MATERIALIZED (
    SELECT days.n, t.item_id, SUM(t.pq) / NULLIF(SUM(t.q), 0) AS p, SUM(t.non_numeric) AS non_numeric
    FROM days JOIN trades t ON t.n BETWEEN days.n - 6 AND days.n
    GROUP BY days.n, t.item_id
), indexed AS (
    SELECT d.n, SUM(b.w * c.p) AS numerator, SUM(b.w * b.p) AS denominator
    FROM season_of_day d
    JOIN base b ON b.season_n = d.season_n
    JOIN current c ON c.n = d.n AND c.item_id = b.item_id
    GROUP BY d.n
), checked AS (
    SELECT days.n,
           COALESCE((SELECT SUM(c.non_numeric) FROM current c WHERE c.n = days.n), 0)
           + COALESCE((SELECT SUM(b.non_numeric) FROM season_of_day d JOIN base b ON b.season_n = d.season_n WHERE d.n = days.n), 0)
               AS non_numeric
    FROM days
)
SELECT date(days.n * 86400, 'unixepoch') AS day, i.numerator, i.denominator,
       ch.non_numeric, 'market_trades.unit_price or quantity' AS non_numeric_in
FROM days
LEFT JOIN indexed i ON i.n = days.n
JOIN checked ch ON ch.n = days.n
ORDER BY days.n;
