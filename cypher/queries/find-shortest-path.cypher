// purpose: one shortest path between two entities, undirected, through allowed relationship types (the `shortestPath` query)
// params: $from, $to, $types (RelationshipType enum values or null), $maxDepth (1-6)
// returns: one row: fromFound, toFound, path: {nodes: [node properties], edges: [{id, type, source, target, props}]} or null
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
OPTIONAL CALL (a, b) {
  MATCH p = shortestPath((a)-[rels*..6]-(b))
  WHERE a <> b
    AND length(p) <= $maxDepth
    AND all(r IN rels WHERE $types IS NULL OR type(r) IN $types)
  RETURN {
    nodes: [n IN nodes(p) | n {.*}],
    edges: [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}]
  } AS path
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, path
