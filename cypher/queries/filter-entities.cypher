// purpose: the entities of one kind or all, for the `entities` connection with a `where` filter, a root statement: the translator appends the filter, the id order, the page and the RETURN clause
// params: $kind (label from the EntityKind enum, or null); the appended part reads $after (id cursor, or null), $first (page size), $withTotal and the filter's values ($p1, $p2, ...)
// leaves: n (each Entity of $kind, in no order)
MATCH (n:Entity)
WHERE $kind IS NULL OR n.kind = $kind
