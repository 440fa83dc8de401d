-- watch_change_24h:<SYMBOL>: latest price at or before asOfEnd = D+1 00:00 / latest price at or before asOfEnd - 24h (= D 00:00), minus 1;
-- null when either price is missing. One row per day and symbol present in watchlist_prices (column "key").
-- Series convention: the two placeholders are the first and the last day (cast to date); rows per day, column day.
-- Each price is one look-up per symbol and day on the contract's primary key (symbol, observed_at).
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
), symbols AS (
    SELECT DISTINCT symbol FROM watchlist_prices
), marks AS (
    SELECT days.day, symbols.symbol,
           (SELECT w.price_usd FROM watchlist_prices w
            WHERE w.symbol = symbols.symbol AND w.observed_at <= CAST(days.day + 1 AS timestamp)
            ORDER BY w.observed_at DESC LIMIT 1) AS cur,
           (SELECT w.price_usd FROM watchlist_prices w
            WHERE w.symbol = symbols.symbol AND w.observed_at <= CAST(days.day AS timestamp)
            ORDER BY w.observed_at DESC LIMIT 1) AS prev
    FROM days, symbols
)
SELECT day, symbol AS "key",
       CASE WHEN cur IS NULL OR prev IS NULL OR prev = 0 THEN NULL ELSE cur / prev - CAST(1.0 AS double precision) END AS value
FROM marks
ORDER BY day, symbol;
