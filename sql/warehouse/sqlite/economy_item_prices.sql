-- economy_item_prices: per item, the base window's and the current window's traded value (sum of unit_price * quantity) and
-- quantity, over items traded in either window (an item traded in one window only has nulls for the other). The index
-- uses items traded in both: p = value / quantity in a window, weight = base-window quantity (warehouse-contract.md).
-- Parameters: base first day, base last day, current first day, current last day (text 'YYYY-MM-DD').
WITH base AS (
    SELECT item_id, SUM(unit_price * quantity) AS pq, SUM(quantity) AS q
    FROM market_trades
    WHERE occurred_at >= ? AND occurred_at < date(?, '+1 day')
    GROUP BY item_id
), cur AS (
    SELECT item_id, SUM(unit_price * quantity) AS pq, SUM(quantity) AS q
    FROM market_trades
    WHERE occurred_at >= ? AND occurred_at < date(?, '+1 day')
    GROUP BY item_id
)
SELECT COALESCE(b.item_id, c.item_id) AS item_id, b.pq AS base_value, b.q AS base_quantity, c.pq AS current_value,
       c.q AS current_quantity
FROM base b
FULL OUTER JOIN cur c ON c.item_id = b.item_id
ORDER BY 1;
