// purpose: the stored state of entities, read inside a write's transaction before and after it (a change record's before and after)
// params: $ids: [id]
// returns: one row per id: id, item (the node's properties, or null when no entity has the id)
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, properties(n) AS item
