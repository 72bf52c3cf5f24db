// purpose: what has each of the given ids: an entity, an event, a relationship or an exchange rate (for `node(id)` and `nodes(ids)`), a root statement: the translator appends the RETURN clause the selection asks for
// params: $ids (at most 100 ids)
// leaves: i (the position in $ids), entity, event, relationship, exchangeRate (what has the id; null when nothing does). Relationships are looked for (in schema/fulltext-relationship-ids) only when no entity or event has the id, exchange rates only when nothing else has it.
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (entity:Entity {id: id})
OPTIONAL MATCH (event:Event {id: id})
OPTIONAL CALL (id, entity, event) {
  WITH * WHERE entity IS NULL AND event IS NULL
  CALL db.index.fulltext.queryRelationships('relationship_ids', '"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship
  WHERE relationship.id = id
  RETURN relationship
  LIMIT 1
}
OPTIONAL CALL (id, entity, event, relationship) {
  WITH * WHERE entity IS NULL AND event IS NULL AND relationship IS NULL
  MATCH (exchangeRate:ExchangeRate {id: id})
  RETURN exchangeRate
}
