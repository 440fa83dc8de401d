-- economy_index_series: the inflation index of every day t in [first, last] against one base window, set-based: traded value
-- and quantity per item and day once, then each day's current window [t-6, t] summed from those daily rows. Over the items
-- traded in the base window and in t's window: numerator = sum(w * p_current), denominator = sum(w * p_base).
-- Parameters: base first day, base last day, first day, last day, first day, last day (text 'YYYY-MM-DD'). Days
-- without a common item have no row.
WITH RECURSIVE base AS (
    SELECT item_id, SUM(unit_price * quantity) / NULLIF(SUM(quantity), 0) AS p, SUM(quantity) AS w
    FROM market_trades
    WHERE occurred_at >= ? AND occurred_at < date(?, '+1 day')
    GROUP BY item_id
), days(day) AS (
    SELECT ?
    UNION ALL
    SELECT date(day, '+1 day') FROM days WHERE day < ?
), daily AS (
    SELECT t.item_id, substr(t.occurred_at, 1, 10) AS day, SUM(t.unit_price * t.quantity) AS pq, SUM(t.quantity) AS q
    FROM market_trades t
    JOIN base b ON b.item_id = t.item_id
    WHERE t.occurred_at >= date(?, '-6 days') AND t.occurred_at < date(?, '+1 day')
    GROUP BY t.item_id, substr(t.occurred_at, 1, 10)
), cur AS (
    SELECT d.day, x.item_id, SUM(x.pq) / NULLIF(SUM(x.q), 0) AS p
    FROM days d
    JOIN daily x ON x.day >= date(d.day, '-6 days') AND x.day <= d.day
    GROUP BY d.day, x.item_id
)
SELECT c.day, SUM(b.w * c.p) AS numerator, SUM(b.w * b.p) AS denominator
FROM cur c
JOIN base b ON b.item_id = c.item_id
WHERE c.p IS NOT NULL AND b.p IS NOT NULL
GROUP BY c.day
ORDER BY c.day;
