// purpose: one entity by id, with all its stored properties and the relationship fields the selection asks for (the `entity` query)
// params: $id; $citations (false: the entity's citation lists left out); $plan (see fragments/entity-relations; [] for none)
// returns: entity: map of the node's properties, relations: one list per plan item; or no row
MATCH (n:Entity {id: $id})
RETURN
  CASE WHEN $citations THEN n {.*} ELSE n {.*, citeSection: null, citeQuote: null, citeOffset: null, citeUrl: null} END AS entity,
  /*include fragments/entity-relations*/ AS relations
