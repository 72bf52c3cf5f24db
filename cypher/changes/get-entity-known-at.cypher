// purpose: an entity as the graph recorded it up to a change: the state before the first later change of it, else as stored now
// params: $id; runs after get-known-seq in one statement, and reads its `seq` (the last change known) and `recorded`
// returns: one row: seq and recorded (get-known-seq's), later (the first later change's before, a JSON string or null; absent when none), changedSince, current (the node's properties or null)
// after: changes/get-known-seq (run ahead of this one, in its statement)
// A log that is empty (a database written before it was kept) knows every change: the graph as stored.
WITH seq, recorded, CASE WHEN recorded THEN seq ELSE 9223372036854775807 END AS known
OPTIONAL MATCH (n:Entity {id: $id})
WITH seq, recorded, known, n, COLLECT {
  MATCH (c:Change)
  WHERE c.itemId = $id AND c.itemKind = 'ENTITY' AND (c.seq > known OR c.seq IS NULL)
  RETURN c.before
  ORDER BY c.seq, c.time, c.position
  LIMIT 1
} AS later, EXISTS {
  MATCH (c:Change)
  WHERE c.itemId = $id AND c.itemKind = 'ENTITY' AND (c.seq > known OR c.seq IS NULL)
} AS changedSince
RETURN seq, recorded, later[0] AS later, changedSince, properties(n) AS current
