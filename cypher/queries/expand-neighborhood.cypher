// purpose: the entities and events within $depth hops of an entity, nearest first, and the relationships among them (the `neighborhood` query); breadth-first, each hop expands only the new frontier, so cost follows the nodes reached, not the paths
// params: $id, $depth (1-4), $types (RelationshipType enum values or null), $direction (OUT | IN | BOTH), $asOf, $limit (max nodes besides the start)
// returns: one row: start (node properties) or no row, nodes: [node properties] (start first, then by hop and id), edges: [{id, type, source, target, props}]
CALL {
  MATCH (s:Entity {id: $id})
  RETURN s
  UNION
  MATCH (s:Event {id: $id})
  RETURN s
}
WITH s AS start, [s] AS seen, [s] AS frontier
CALL (seen, frontier) {
  UNWIND CASE WHEN $depth >= 1 THEN frontier ELSE [] END AS a
  MATCH (a)-[r]-(b)
  WHERE NOT b IN seen
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = a) OR ($direction = 'IN' AND endNode(r) = a))
  WITH DISTINCT b
  ORDER BY b.id
  LIMIT $limit
  RETURN collect(b) AS next
}
WITH start, seen + next AS seen, next AS frontier
CALL (seen, frontier) {
  UNWIND CASE WHEN $depth >= 2 THEN frontier ELSE [] END AS a
  MATCH (a)-[r]-(b)
  WHERE NOT b IN seen
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = a) OR ($direction = 'IN' AND endNode(r) = a))
  WITH DISTINCT b
  ORDER BY b.id
  LIMIT $limit
  RETURN collect(b) AS next
}
WITH start, seen + next AS seen, next AS frontier
CALL (seen, frontier) {
  UNWIND CASE WHEN $depth >= 3 THEN frontier ELSE [] END AS a
  MATCH (a)-[r]-(b)
  WHERE NOT b IN seen
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = a) OR ($direction = 'IN' AND endNode(r) = a))
  WITH DISTINCT b
  ORDER BY b.id
  LIMIT $limit
  RETURN collect(b) AS next
}
WITH start, seen + next AS seen, next AS frontier
CALL (seen, frontier) {
  UNWIND CASE WHEN $depth >= 4 THEN frontier ELSE [] END AS a
  MATCH (a)-[r]-(b)
  WHERE NOT b IN seen
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = a) OR ($direction = 'IN' AND endNode(r) = a))
  WITH DISTINCT b
  ORDER BY b.id
  LIMIT $limit
  RETURN collect(b) AS next
}
WITH start, seen + next AS seen, next AS frontier
WITH start, seen[..$limit + 1] AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b)
  WHERE b IN members
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
  RETURN collect(DISTINCT {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}) AS edges
}
RETURN start {.*} AS start, [n IN members | n {.*}] AS nodes, edges
