// purpose: the stored state of entities, read inside a write's transaction before and after it (a change record's before and after), under their write locks: read before the write, it is the state the write changes, since a second write of the same entity waits until this one commits
// params: $ids: [id]
// returns: one row per id: id, item (the node's properties, or null when no entity has the id)
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
// The documented way to take a write lock in Cypher (the manual's "Lost updates"): set a property, remove it.
FOREACH (x IN CASE WHEN n IS NULL THEN [] ELSE [n] END | SET x._LOCK_ = true REMOVE x._LOCK_)
WITH id, n
RETURN id, properties(n) AS item
