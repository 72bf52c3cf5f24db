// purpose: the given entities, everything within $depth hops of them, and the relationships among all of these (the `subgraph` query)
// params: $ids (list of ids), $depth (0-3), $limit (max nodes)
// returns: one row: missing (ids not found), nodes: [node properties], edges: [{id, type, source, target, props}]
CALL {
  UNWIND $ids AS wanted
  OPTIONAL MATCH (n {id: wanted})
  WITH wanted, n
  WHERE n IS NULL
  RETURN collect(wanted) AS missing
}
CALL {
  MATCH (seed)
  WHERE seed.id IN $ids AND (seed:Entity OR seed:Event)
  OPTIONAL MATCH p = (seed)-[*1..3]-(m)
  WHERE length(p) <= $depth
  WITH collect(DISTINCT seed) + collect(DISTINCT m) AS all
  UNWIND all AS n
  WITH DISTINCT n
  WHERE n IS NOT NULL
  WITH n
  ORDER BY n.id
  LIMIT $limit
  RETURN collect(n) AS members
}
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b)
  WHERE b IN members
  RETURN collect(DISTINCT {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}) AS edges
}
RETURN missing, [n IN members | n {.*}] AS nodes, edges
