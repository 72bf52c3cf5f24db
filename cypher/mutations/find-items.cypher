// purpose: which of the given ids are stored, as an entity, an event, an exchange rate or (when asked) a relationship, with their kind (checks inside a write's transaction: ids are unique across the whole graph)
// params: $ids: [id]; $withRelationships: also look for relationships with these ids (no index: a scan of the relationships)
// returns: one row per id: id, entityKind (null when no entity has it), eventKind (null when no event has it), rate (true when an exchange rate has it), relationshipType (null when no relationship has it, or not asked)
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL MATCH (e:Event {id: id})
OPTIONAL MATCH (x:ExchangeRate {id: id})
OPTIONAL CALL (id) {
  WITH id WHERE $withRelationships
  MATCH ()-[r {id: id}]->()
  RETURN type(r) AS relationshipType
  LIMIT 1
}
RETURN id, n.kind AS entityKind, e.kind AS eventKind, x IS NOT NULL AS rate, relationshipType
