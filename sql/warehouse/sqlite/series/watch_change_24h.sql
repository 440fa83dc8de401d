-- watch_change_24h:<SYMBOL>: latest price at or before asOfEnd = D+1 00:00 / latest price at or before asOfEnd - 24h (= D 00:00), minus 1;
-- null when either price is missing. One row per day and symbol present in watchlist_prices (column "key").
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD'; rows per day, column day.
-- Each price is one look-up per symbol and day on the contract's primary key (symbol, observed_at); non_numeric counts the two
-- prices when they are not numbers.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
), symbols AS (
    SELECT DISTINCT symbol FROM watchlist_prices
), marks AS (
    SELECT days.n, symbols.symbol,
           (SELECT w.price_usd FROM watchlist_prices w
            WHERE w.symbol = symbols.symbol AND w.observed_at <= datetime((days.n + 1) * 86400, 'unixepoch')
            ORDER BY w.observed_at DESC LIMIT 1) AS cur,
           (SELECT w.price_usd FROM watchlist_prices w
            WHERE w.symbol = symbols.symbol AND w.observed_at <= datetime(days.n * 86400, 'unixepoch')
            ORDER BY w.observed_at DESC LIMIT 1) AS prev
    FROM days, symbols
)
SELECT date(n * 86400, 'unixepoch') AS day, symbol AS "key",
       CASE WHEN cur IS NULL OR prev IS NULL OR prev = 0 THEN NULL ELSE cur / prev - 1.0 END AS value,
       (typeof(cur) NOT IN ('integer', 'real', 'null')) + (typeof(prev) NOT IN ('integer', 'real', 'null')) AS non_numeric,
       'watchlist_prices.price_usd' AS non_numeric_in
FROM marks
ORDER BY n, symbol;
