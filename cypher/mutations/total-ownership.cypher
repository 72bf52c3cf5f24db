// purpose: the total stake held in an entity on a date: per owner its latest stake valid then, summed (the "at most 100%" check)
// params: $to, $on (YYYY, YYYY-MM or YYYY-MM-DD; null: stakes that have not ended)
// returns: total (percent), owners (how many stakes were counted)
MATCH (o:Entity)-[r:OWNS]->(:Entity {id: $to})
WHERE r.percentage IS NOT NULL
  AND NOT (coalesce(r.former, false) AND r.until IS NULL)
  AND CASE
    WHEN $on IS NULL THEN r.until IS NULL
    ELSE (r.since IS NULL OR r.since <= $on) AND (r.until IS NULL OR r.until > $on)
  END
WITH o, r
ORDER BY coalesce(r.asOf, r.since, '') DESC
WITH o, head(collect(r.percentage)) AS stake
RETURN coalesce(sum(stake), 0) AS total, count(stake) AS owners
