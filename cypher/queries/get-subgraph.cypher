// purpose: the given entities, everything within $depth hops of them, and the relationships among all of these (the `subgraph` query); breadth-first from all of them at once
// params: $ids (list of ids), $depth (0-3), $limit (max nodes)
// returns: one row: missing (ids not found), nodes: [node properties] (the given ones first), edges: [{id, type, source, target, props}]
CALL {
  MATCH (n:Entity)
  WHERE n.id IN $ids
  RETURN n
  UNION
  MATCH (n:Event)
  WHERE n.id IN $ids
  RETURN n
}
WITH collect(n) AS given
WITH [wanted IN $ids WHERE NOT wanted IN [g IN given | g.id]] AS missing, given
WITH missing, given AS seen, given AS frontier
CALL (seen, frontier) {
  UNWIND CASE WHEN $depth >= 1 THEN frontier ELSE [] END AS a
  MATCH (a)--(b)
  WHERE NOT b IN seen
    AND (b:Entity OR b:Event)
  WITH DISTINCT b
  ORDER BY b.id
  LIMIT $limit
  RETURN collect(b) AS next
}
WITH missing, seen + next AS seen, next AS frontier
CALL (seen, frontier) {
  UNWIND CASE WHEN $depth >= 2 THEN frontier ELSE [] END AS a
  MATCH (a)--(b)
  WHERE NOT b IN seen
    AND (b:Entity OR b:Event)
  WITH DISTINCT b
  ORDER BY b.id
  LIMIT $limit
  RETURN collect(b) AS next
}
WITH missing, seen + next AS seen, next AS frontier
CALL (seen, frontier) {
  UNWIND CASE WHEN $depth >= 3 THEN frontier ELSE [] END AS a
  MATCH (a)--(b)
  WHERE NOT b IN seen
    AND (b:Entity OR b:Event)
  WITH DISTINCT b
  ORDER BY b.id
  LIMIT $limit
  RETURN collect(b) AS next
}
WITH missing, seen + next AS seen, next AS frontier
WITH missing, seen[..$limit] AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b)
  WHERE b IN members
  RETURN collect(DISTINCT {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}) AS edges
}
RETURN missing, [n IN members | n {.*}] AS nodes, edges
