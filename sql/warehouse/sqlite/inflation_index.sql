-- inflation_index: Laspeyres index; base window = first 7 days of the season containing D, current window = [D-6, D]; over items traded
-- in both, p = sum(price*qty)/sum(qty) per window, w = base-window quantity; index = sum(w*p_current) / sum(w*p_base). Null without season or common item.
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'. Overlapping seasons: the one that started last wins.
WITH season AS (
    SELECT starts_on FROM seasons
    WHERE starts_on <= ? AND ends_on >= ?
    ORDER BY starts_on DESC
    LIMIT 1
), base AS (
    SELECT t.item_id, SUM(t.unit_price * t.quantity) / NULLIF(SUM(t.quantity), 0) AS p, SUM(t.quantity) AS w
    FROM season s
    JOIN market_trades t ON t.occurred_at >= s.starts_on AND t.occurred_at < date(s.starts_on, '+7 days')
    GROUP BY t.item_id
), cur AS (
    SELECT item_id, SUM(unit_price * quantity) / NULLIF(SUM(quantity), 0) AS p
    FROM market_trades
    WHERE occurred_at >= date(?, '-6 days') AND occurred_at < date(?, '+1 day')
    GROUP BY item_id
)
SELECT SUM(b.w * c.p) AS numerator, SUM(b.w * b.p) AS denominator
FROM base b
JOIN cur c ON c.item_id = b.item_id;
