-- community_members: community_daily.members per channel (the key: discord, twitter) on day D; a channel without a row for D has
-- no value that day (no data, not zero members). Read by the weekly report (Discord members, Twitter followers); not a board KPI.
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD'; one row per day and key, column day.
SELECT c.day AS day, c.channel AS key, c.members AS value
FROM community_daily c
WHERE c.day BETWEEN date(?1) AND date(?2)
ORDER BY c.day, c.channel;
