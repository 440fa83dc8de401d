-- The warehouse's indexes, column by column (no parameters): what WarehouseInspector compares with the recommended indexes.
SELECT m.name AS table_name, il.name AS index_name, ii.seqno AS position, ii.name AS column_name
FROM sqlite_master m
JOIN pragma_index_list(m.name) il
JOIN pragma_index_info(il.name) ii
WHERE m.type = 'table'
ORDER BY 1, 2, 3
