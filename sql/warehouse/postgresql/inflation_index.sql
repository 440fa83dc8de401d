-- inflation_index: Laspeyres index; base window = first 7 days of the season containing D, current window = [D-6, D]; over items traded
-- in both, p = sum(price*qty)/sum(qty) per window, w = base-window quantity; index = sum(w*p_current) / sum(w*p_base). Null without season or common item.
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone. Overlapping seasons: the one that started last wins.
WITH season AS (
    SELECT starts_on FROM seasons
    WHERE starts_on <= CAST(? AS date) AND ends_on >= CAST(? AS date)
    ORDER BY starts_on DESC
    LIMIT 1
), base AS (
    SELECT t.item_id,
           SUM(t.unit_price * t.quantity) / CAST(NULLIF(SUM(t.quantity), 0) AS double precision) AS p,
           SUM(t.quantity) AS w
    FROM season s
    JOIN market_trades t ON t.occurred_at >= s.starts_on AND t.occurred_at < s.starts_on + 7
    GROUP BY t.item_id
), cur AS (
    SELECT item_id, SUM(unit_price * quantity) / CAST(NULLIF(SUM(quantity), 0) AS double precision) AS p
    FROM market_trades
    WHERE occurred_at >= CAST(? AS date) - 6 AND occurred_at < CAST(? AS date) + 1
    GROUP BY item_id
)
SELECT SUM(CAST(b.w AS double precision) * c.p) AS numerator, SUM(CAST(b.w AS double precision) * b.p) AS denominator
FROM base b
JOIN cur c ON c.item_id = b.item_id;
