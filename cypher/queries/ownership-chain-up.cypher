// purpose: who owns an entity, transitively: every OWNS path ending at it (the `ownershipChain` query, direction UP)
// params: $id, $maxDepth (1-6), $asOf (date or null)
// returns: one row: found, paths: [{nodes: [node properties], edges: [{id, type, source, target, props}], stakes: [percentage or null]}] ordered by length
OPTIONAL MATCH (x:Entity {id: $id})
CALL (x) {
  MATCH p = (owner:Entity)-[rels:OWNS*1..6]->(x)
  WHERE length(p) <= $maxDepth
    AND all(r IN rels WHERE $asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
  WITH p, rels
  ORDER BY length(p), owner.id
  RETURN collect({
    nodes: [n IN nodes(p) | n {.*}],
    edges: [r IN rels | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}],
    stakes: [r IN rels | r.percentage]
  }) AS paths
}
RETURN x IS NOT NULL AS found, paths
