// purpose: one page of entities ordered by id, optionally of one kind, with the relationship fields the selection asks for (the `entities` connection)
// params: $kind (label from the EntityKind enum, or null), $after (id cursor, or null), $first (page size); $withTotal (false: totalCount not selected, not counted); $keys (the entity properties the selection needs, or null for all); $plan (see fragments/entity-relations; [] for none)
// returns: totalCount (null unless $withTotal), entities: [{entity: node properties (a map, or the values of $keys), relations: one list per plan item}] (up to $first + 1, to tell whether a next page exists)
CALL () {
  // In id order from the unique index, so only the page is read (the range predicate lets the planner use it).
  MATCH (n:Entity)
  WHERE n.id > coalesce($after, '')
    AND ($kind IS NULL OR n.kind = $kind)
  WITH n
  ORDER BY n.id
  LIMIT $first + 1
  RETURN collect({
    entity: CASE WHEN $keys IS NULL THEN properties(n) ELSE [k IN $keys | n[k]] END,
    relations: /*include fragments/entity-relations*/
  }) AS entities
}
// CASE evaluates only the branch taken: the label count store without a kind, the kind index with one.
RETURN
  CASE WHEN NOT $withTotal THEN null WHEN $kind IS NULL THEN COUNT { (:Entity) } ELSE COUNT { (m:Entity {kind: $kind}) } END AS totalCount,
  entities
