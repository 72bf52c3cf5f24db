// purpose: creates an entity unless its id is stored (idempotent on the client-chosen id); the kind label comes from a fixed list
// params: $id, $label (an EntityKind value, checked by the store), $props (all properties: citations as parallel lists, createdAt/By, updatedAt/By)
// returns: entity: the stored node's properties
MERGE (n:Entity {id: $id})
ON CREATE SET n = $props, n:$($label)
RETURN n {.*} AS entity
