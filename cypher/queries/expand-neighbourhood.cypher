// purpose: the entities and events within $depth hops of an entity, and the relationships between them (the `neighborhood` query)
// params: $id, $depth (1-4), $types (RelationshipType enum values or null), $direction (OUT | IN | BOTH), $asOf, $limit (max nodes besides the start)
// returns: one row: start (node properties) or no row, nodes: [node properties], edges: [{id, type, source, target, props}]
MATCH (start {id: $id})
WHERE start:Entity OR start:Event
CALL (start) {
  MATCH p = (start)-[rels*1..4]-(m)
  WHERE length(p) <= $depth
    AND all(i IN range(0, length(p) - 1) WHERE
      ($types IS NULL OR type(rels[i]) IN $types)
      AND ($asOf IS NULL OR ((rels[i].since IS NULL OR rels[i].since <= $asOf) AND (rels[i].until IS NULL OR rels[i].until > $asOf)))
      AND ($direction = 'BOTH'
        OR ($direction = 'OUT' AND startNode(rels[i]) = nodes(p)[i])
        OR ($direction = 'IN' AND endNode(rels[i]) = nodes(p)[i])))
  WITH m, min(length(p)) AS hops
  ORDER BY hops, m.id
  LIMIT $limit
  RETURN collect(m) AS found
}
WITH start, [start] + found AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b)
  WHERE b IN members
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
  RETURN collect(DISTINCT {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}) AS edges
}
RETURN start {.*} AS start, [n IN members | n {.*}] AS nodes, edges
