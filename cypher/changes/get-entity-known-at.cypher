// purpose: an entity as the graph recorded it up to a change: the state before the first later change of it, else as stored now
// params: $id, $seq (the last change known; see get-known-seq)
// returns: one row: later (the first later change's before, a JSON string or null; absent when none), changedSince, current (the node's properties or null)
OPTIONAL MATCH (n:Entity {id: $id})
WITH n, COLLECT {
  MATCH (c:Change)
  WHERE c.itemId = $id AND c.itemKind = 'ENTITY' AND (c.seq > $seq OR c.seq IS NULL)
  RETURN c.before
  ORDER BY c.seq, c.time, c.position
  LIMIT 1
} AS later, EXISTS {
  MATCH (c:Change)
  WHERE c.itemId = $id AND c.itemKind = 'ENTITY' AND (c.seq > $seq OR c.seq IS NULL)
} AS changedSince
RETURN later[0] AS later, changedSince, properties(n) AS current
