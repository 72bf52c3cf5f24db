// purpose: simple paths (no repeated node) between two entities, shortest first, undirected (the `paths` query)
// params: $from, $to, $types (RelationshipType enum values or null), $maxDepth (1-6), $first (max paths)
// returns: one row: fromFound, toFound, paths: [{nodes: [node properties], edges: [{id, type, source, target, props}]}]
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  MATCH p = (a)-[rels*1..6]-(b)
  WHERE a <> b
    AND length(p) <= $maxDepth
    AND all(r IN rels WHERE $types IS NULL OR type(r) IN $types)
    AND size(reduce(seen = [], n IN nodes(p) | CASE WHEN n IN seen THEN seen ELSE seen + n END)) = length(p) + 1
  WITH p
  ORDER BY length(p)
  LIMIT $first
  RETURN collect({
    nodes: [n IN nodes(p) | n {.*}],
    edges: [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
