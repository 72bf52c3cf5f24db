// purpose: the relationship with an id, whatever its type, with its ends (checks inside a write's transaction)
// params: $id
// returns: relationship: {id, type, source, target, props}, or no row
CALL db.index.fulltext.queryRelationships('relationship_ids', '"' + replace(replace($id, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship AS r
WHERE r.id = $id
WITH startNode(r) AS a, r, endNode(r) AS b
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS relationship
LIMIT 1
