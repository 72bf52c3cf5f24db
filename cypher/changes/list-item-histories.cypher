// purpose: the change records of several items, newest first (the `history` field of entities, relationships and events, batched per request)
// params: $items: [{kind, id}], $before (a seq: only older changes; null for the newest), $first
// returns: one row per item: kind, id, changes: [change properties] (up to $first + 1), created (true when its oldest record is its creation), load (change 0's properties or null)
OPTIONAL MATCH (load:Change {seq: 0})
UNWIND $items AS item
RETURN item.kind AS kind, item.id AS id,
  COLLECT {
    MATCH (c:Change)
    WHERE c.itemId = item.id AND c.itemKind = item.kind AND c.seq IS NOT NULL AND ($before IS NULL OR c.seq < $before)
    RETURN c {.*}
    ORDER BY c.seq DESC
    LIMIT $first + 1
  } AS changes,
  COLLECT {
    MATCH (c:Change)
    WHERE c.itemId = item.id AND c.itemKind = item.kind AND c.seq IS NOT NULL
    RETURN c.before IS NULL
    ORDER BY c.seq
    LIMIT 1
  } AS created,
  load {.*} AS load
