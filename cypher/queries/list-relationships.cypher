// purpose: one page of relationships, filtered by type, endpoints and validity date (the `relationships` connection), a root statement: the translator appends the RETURN clause the selection asks for
// params: $types (from the RelationshipType enum), $from, $to (ids or null), $asOf (date or null), $after (id cursor), $first; $withTotal (false: totalCount not selected, not counted)
// leaves: totalCount (null unless $withTotal), page (relationships ordered by id, up to $first + 1)
CALL () {
  MATCH (a)-[r]->(b)
  WHERE $withTotal
    AND type(r) IN $types
    AND ($from IS NULL OR a.id = $from)
    AND ($to IS NULL OR b.id = $to)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
  RETURN CASE WHEN $withTotal THEN count(r) END AS totalCount
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $types
    AND ($from IS NULL OR a.id = $from)
    AND ($to IS NULL OR b.id = $to)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
    AND ($after IS NULL OR r.id > $after)
  WITH r
  ORDER BY r.id
  LIMIT $first + 1
  RETURN collect(r) AS page
}
WITH totalCount, page
