-- community_members: community_daily.members per channel (the key: discord, twitter) on day D; a channel without a row for D has
-- no value that day (no data, not zero members). Read by the weekly report (Discord members, Twitter followers); not a board KPI.
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day and key, column day.
SELECT c.day, c.channel AS key, c.members AS value
FROM community_daily c
WHERE c.day BETWEEN CAST(? AS date) AND CAST(? AS date)
ORDER BY c.day, c.channel;
