// purpose: one page of relationships, filtered by type, endpoints and validity date (the `relationships` connection)
// params: $types (from the RelationshipType enum, or null), $from, $to (ids or null), $asOf (date or null), $after (id cursor), $first
// returns: totalCount, relationships: [{id, type, source, target, props}] ordered by id (up to $first + 1)
CALL {
  MATCH (a)-[r]->(b)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($from IS NULL OR a.id = $from)
    AND ($to IS NULL OR b.id = $to)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
  RETURN count(r) AS totalCount
}
CALL {
  MATCH (a)-[r]->(b)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($from IS NULL OR a.id = $from)
    AND ($to IS NULL OR b.id = $to)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
    AND ($after IS NULL OR r.id > $after)
  WITH a, r, b
  ORDER BY r.id
  LIMIT $first + 1
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}) AS relationships
}
RETURN totalCount, relationships
