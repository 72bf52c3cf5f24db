// purpose: the relationships of the given types, ends and validity date, for the `relationships` connection with a `where` filter, an `orderBy` or its `aggregate`, a root statement: the translator appends the filter, the order, the aggregate, the page and the RETURN clause
// params: $types (from the RelationshipType enum), $from, $to (ids or null), $asOf (date or null); the appended part reads $after (sort keys of the cursor, or null), $first, $withTotal and the filter's values ($p1, $p2, ...)
// leaves: r (each relationship that qualifies, in no order)
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND ($from IS NULL OR a.id = $from)
  AND ($to IS NULL OR b.id = $to)
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
