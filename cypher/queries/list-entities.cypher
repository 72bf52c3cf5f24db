// purpose: one page of entities ordered by id, optionally of one kind (the `entities` connection), a root statement: the translator appends the RETURN clause the selection asks for
// params: $kind (label from the EntityKind enum, or null), $after (id cursor, or null), $first (page size); $withTotal (false: totalCount not selected, not counted)
// leaves: page (Entity nodes in id order, up to $first + 1, to tell whether a next page exists), totalCount (null unless $withTotal)
CALL () {
  // In id order from the unique index, so only the page is read (the range predicate lets the planner use it).
  MATCH (n:Entity)
  WHERE n.id > coalesce($after, '')
    AND ($kind IS NULL OR n.kind = $kind)
  WITH n
  ORDER BY n.id
  LIMIT $first + 1
  RETURN collect(n) AS page
}
// CASE evaluates only the branch taken: the label count store without a kind, the kind index with one.
WITH page,
  CASE WHEN NOT $withTotal THEN null WHEN $kind IS NULL THEN COUNT { (:Entity) } ELSE COUNT { (m:Entity {kind: $kind}) } END AS totalCount
