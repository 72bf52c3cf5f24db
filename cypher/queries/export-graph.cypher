// purpose: every entity and event and every relationship among them (the /export/graph.* downloads)
// params: $limit (max nodes)
// returns: one row: nodes: [node properties], edges: [{id, type, source, target, props}]
MATCH (n)
WHERE n:Entity OR n:Event
WITH n
ORDER BY n.id
LIMIT $limit
WITH collect(n) AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b)
  WHERE b IN members
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}) AS edges
}
RETURN [n IN members | n {.*}] AS nodes, edges
