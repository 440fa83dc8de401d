-- calendar_recap_prices: the Monday market recap's prices for day D, read as watch_change_24h reads them:
-- price_now = the latest price at or before asOfEnd (D+1 00:00); price_before = the latest at or before
-- asOfEnd - 7 days (D-6 00:00), null when the symbol had no price by then. One row per symbol with a price
-- at or before asOfEnd. Set-based: one ranked pass per point in time, no per-symbol sub-query.
-- Parameters: every placeholder is D as 'YYYY-MM-DD'.
WITH now_ranked AS (
    SELECT symbol, price_usd,
           ROW_NUMBER() OVER (PARTITION BY symbol ORDER BY observed_at DESC) AS rn
    FROM watchlist_prices
    WHERE observed_at <= datetime(?, '+1 day')
), before_ranked AS (
    SELECT symbol, price_usd,
           ROW_NUMBER() OVER (PARTITION BY symbol ORDER BY observed_at DESC) AS rn
    FROM watchlist_prices
    WHERE observed_at <= datetime(?, '-6 days')
)
SELECT n.symbol AS symbol, b.price_usd AS price_before, n.price_usd AS price_now
FROM now_ranked n
LEFT JOIN before_ranked b ON b.symbol = n.symbol AND b.rn = 1
WHERE n.rn = 1
ORDER BY n.symbol;
