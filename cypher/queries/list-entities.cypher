// purpose: one page of entities ordered by id, optionally of one kind, with the relationship fields the selection asks for (the `entities` connection)
// params: $kind (label from the EntityKind enum, or null), $after (id cursor, or null), $first (page size); $citations (false: citation lists left out); $plan (see fragments/entity-relations; [] for none)
// returns: totalCount, entities: [{entity: node properties, relations: one list per plan item}] (up to $first + 1, to tell whether a next page exists)
CALL {
  MATCH (n:Entity)
  WHERE $kind IS NULL OR n.kind = $kind
  RETURN count(n) AS totalCount
}
CALL {
  MATCH (n:Entity)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($after IS NULL OR n.id > $after)
  WITH n
  ORDER BY n.id
  LIMIT $first + 1
  RETURN collect({
    entity: CASE WHEN $citations THEN n {.*} ELSE n {.*, citeSection: null, citeQuote: null, citeOffset: null, citeUrl: null} END,
    relations: /*include fragments/entity-relations*/
  }) AS entities
}
RETURN totalCount, entities
