// purpose: which of the given ids are stored, as an entity or an event, with their kind (checks inside a write's transaction)
// params: $ids: [id]
// returns: one row per id: id, entityKind (null when no entity has it), eventKind (null when no event has it)
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL MATCH (e:Event {id: id})
RETURN id, n.kind AS entityKind, e.kind AS eventKind
