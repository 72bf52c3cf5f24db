// purpose: one entity by id, with all its stored properties and the relationship fields the selection asks for (the `entity` query)
// params: $id; $keys (the entity properties the selection needs, or null for all); $plan (see fragments/entity-relations; [] for none)
// returns: entity: the node's properties (a map, or the values of $keys in that order), relations: one list per plan item; or no row
MATCH (n:Entity {id: $id})
RETURN
  // The id is the one matched: not read from the store again.
  CASE WHEN $keys IS NULL THEN properties(n) ELSE [k IN $keys | CASE k WHEN 'id' THEN $id ELSE n[k] END] END AS entity,
  /*include fragments/entity-relations*/ AS relations
