-- economy_currencies: every currency in economy_ledger (the Economy tab's currency picker), alphabetical.
-- No parameters.
SELECT DISTINCT currency
FROM economy_ledger
WHERE currency IS NOT NULL
ORDER BY currency;
