// purpose: which of the given ids are stored, as an entity, an event, an exchange rate or a relationship, with their kind (checks inside a write's transaction: ids are unique across the whole graph)
// params: $ids: [id]
// returns: one row per id: id, entityKind (null when no entity has it), eventKind (null when no event has it), rate (true when an exchange rate has it), relationshipType (null when no relationship has it)
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL MATCH (e:Event {id: id})
OPTIONAL MATCH (x:ExchangeRate {id: id})
OPTIONAL CALL (id) {
  CALL db.index.fulltext.queryRelationships('relationship_ids', '"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship AS r
  WHERE r.id = id
  RETURN type(r) AS relationshipType
  LIMIT 1
}
RETURN id, n.kind AS entityKind, e.kind AS eventKind, x IS NOT NULL AS rate, relationshipType
