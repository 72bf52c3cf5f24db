// purpose: one entity by id, with all its stored properties (the `entity` query)
// params: $id
// returns: entity: map of the node's properties, or no row
MATCH (n:Entity {id: $id})
RETURN n {.*} AS entity
