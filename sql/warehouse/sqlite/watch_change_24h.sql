-- watch_change_24h:<SYMBOL>: latest price at or before asOfEnd = D+1 00:00 / latest price at or before asOfEnd - 24h (= D 00:00), minus 1;
-- null when either price is missing. One row per symbol present in watchlist_prices (column "key").
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'.
WITH sym AS (
    SELECT DISTINCT symbol FROM watchlist_prices
), q AS (
    SELECT sym.symbol,
           (SELECT w.price_usd FROM watchlist_prices w
            WHERE w.symbol = sym.symbol AND w.observed_at <= datetime(?, '+1 day')
            ORDER BY w.observed_at DESC LIMIT 1) AS cur,
           (SELECT w.price_usd FROM watchlist_prices w
            WHERE w.symbol = sym.symbol AND w.observed_at <= datetime(?)
            ORDER BY w.observed_at DESC LIMIT 1) AS prev
    FROM sym
)
SELECT symbol AS "key",
       CASE WHEN cur IS NULL OR prev IS NULL OR prev = 0 THEN NULL ELSE cur / prev - 1.0 END AS value
FROM q
ORDER BY symbol;
