// purpose: the relationship with an id, whatever its type, with its ends (checks inside a write's transaction)
// params: $id
// returns: relationship: {id, type, source, target, props}, or no row
MATCH (a)-[r {id: $id}]->(b)
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS relationship
LIMIT 1
