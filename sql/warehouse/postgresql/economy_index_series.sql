-- economy_index_series: the inflation index of every day t in [first, last] against one base window, set-based: traded value
-- and quantity per item and day once, then each day's current window [t-6, t] summed from those daily rows. Over the items
-- traded in the base window and in t's window: numerator = sum(w * p_current), denominator = sum(w * p_base).
-- Parameters: base first day, base last day, first day, last day, first day, last day (cast to date). Days without a
-- common item have no row.
WITH base AS (
    SELECT item_id, SUM(unit_price * quantity) / CAST(NULLIF(SUM(quantity), 0) AS double precision) AS p, SUM(quantity) AS w
    FROM market_trades
    WHERE occurred_at >= CAST(? AS date) AND occurred_at < CAST(? AS date) + 1
    GROUP BY item_id
), days AS (
    SELECT CAST(g AS date) AS day
    FROM generate_series(CAST(? AS date), CAST(? AS date), interval '1 day') AS g
), daily AS (
    SELECT t.item_id, CAST(t.occurred_at AS date) AS day, SUM(t.unit_price * t.quantity) AS pq, SUM(t.quantity) AS q
    FROM market_trades t
    JOIN base b ON b.item_id = t.item_id
    WHERE t.occurred_at >= CAST(? AS date) - 6 AND t.occurred_at < CAST(? AS date) + 1
    GROUP BY t.item_id, CAST(t.occurred_at AS date)
), cur AS (
    SELECT d.day, x.item_id, SUM(x.pq) / CAST(NULLIF(SUM(x.q), 0) AS double precision) AS p
    FROM days d
    JOIN daily x ON x.day >= d.day - 6 AND x.day <= d.day
    GROUP BY d.day, x.item_id
)
SELECT CAST(c.day AS text) AS day, SUM(CAST(b.w AS double precision) * c.p) AS numerator,
       SUM(CAST(b.w AS double precision) * b.p) AS denominator
FROM cur c
JOIN base b ON b.item_id = c.item_id
WHERE c.p IS NOT NULL AND b.p IS NOT NULL
GROUP BY c.day
ORDER BY c.day;
