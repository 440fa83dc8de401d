-- The indexes of the tables on the search path, column by column (no parameters): what WarehouseInspector compares with
-- the recommended indexes.
SELECT t.relname AS table_name, i.relname AS index_name, k.ord AS position, a.attname AS column_name
FROM pg_index x
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
WHERE n.nspname = ANY (current_schemas(false))
ORDER BY 1, 2, 3
