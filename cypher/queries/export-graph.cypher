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
  WHERE b IN members AND a.id IS NOT NULL AND b.id IS NOT NULL
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}) AS edges
}
// A node another transaction deleted after the scan reads as null: it is left out, not exported as {}.
RETURN [n IN members WHERE n.id IS NOT NULL | n {.*}] AS nodes, edges
