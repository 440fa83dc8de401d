-- inflation_index: Laspeyres index; base window = first 7 days of the season containing D, current window = [D-6, D]; over items traded
-- in both, p = sum(price*qty)/sum(qty) per window, w = base-window quantity; index = sum(w*p_current) / sum(w*p_base). Null without season or common item.
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Daily sums per item are read once and added up per window. Overlapping seasons: the one that started last wins.
WITH bounds AS MATERIALIZED (
    SELECT first_day, last_day,
           LEAST(first_day - 6, COALESCE((SELECT MIN(starts_on) FROM seasons WHERE starts_on <= last_day AND ends_on >= first_day), first_day))
               AS since,
           -- a season's base week may end after the last day
           GREATEST(last_day + 1,
                    COALESCE((SELECT MAX(starts_on) + 7 FROM seasons WHERE starts_on <= last_day AND ends_on >= first_day), last_day + 1))
               AS until
    FROM (SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day) given
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
), season_of_day AS MATERIALIZED (
    SELECT days.day, MAX(s.starts_on) AS season_start
    FROM days JOIN seasons s ON s.starts_on <= days.day AND s.ends_on >= days.day
    GROUP BY days.day
), trades AS MATERIALIZED (
    SELECT CAST(occurred_at AS date) AS day, item_id, SUM(unit_price * quantity) AS pq, SUM(quantity) AS q
    FROM market_trades
    WHERE occurred_at >= (SELECT since FROM bounds) AND occurred_at < (SELECT until FROM bounds)
    GROUP BY 1, 2
), base AS (
    SELECT s.season_start, t.item_id, SUM(t.pq) / CAST(NULLIF(SUM(t.q), 0) AS double precision) AS p, SUM(t.q) AS w
    FROM (SELECT DISTINCT season_start FROM season_of_day) s
    JOIN trades t ON t.day BETWEEN s.season_start AND s.season_start + 6
    GROUP BY s.season_start, t.item_id
), current AS (
    SELECT days.day, t.item_id, SUM(t.pq) / CAST(NULLIF(SUM(t.q), 0) AS double precision) AS p
    FROM days JOIN trades t ON t.day BETWEEN days.day - 6 AND days.day
    GROUP BY days.day, t.item_id
), indexed AS (
    SELECT d.day, SUM(CAST(b.w AS double precision) * c.p) AS numerator, SUM(CAST(b.w AS double precision) * b.p) AS denominator
    FROM season_of_day d
    JOIN base b ON b.season_start = d.season_start
    JOIN current c ON c.day = d.day AND c.item_id = b.item_id
    GROUP BY d.day
)
SELECT days.day, i.numerator, i.denominator
FROM days LEFT JOIN indexed i ON i.day = days.day
ORDER BY days.day;
