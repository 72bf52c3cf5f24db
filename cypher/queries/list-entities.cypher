// purpose: one page of entities ordered by id, optionally of one kind (the `entities` connection)
// params: $kind (label from the EntityKind enum, or null), $after (id cursor, or null), $first (page size)
// returns: totalCount, entities: [node properties] (up to $first + 1, to tell whether a next page exists)
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
  RETURN collect(n {.*}) AS entities
}
RETURN totalCount, entities
