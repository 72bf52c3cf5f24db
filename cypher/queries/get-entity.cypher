// purpose: one entity by id, a root statement: the `entity` query, and the entity whose relationships the `competitors`, `suppliers` and `customers` queries list; the translator (src/translate/) appends the RETURN clause the selection asks for
// params: $id
// leaves: n (the Entity node); no row when there is none
MATCH (n:Entity {id: $id})
