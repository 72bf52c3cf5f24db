// purpose: numbers the committed change records that have no number yet (:Pending), oldest first, under the change log's counter lock, in one auto-commit transaction: numbers follow the order in which records are numbered, strictly increasing, with no gaps (only committed records get one)
// params: $limit (most records numbered in one run), $withChanges (whether to return the records numbered)
// returns: no row when nothing was pending; else one row: numbered (how many), head (the highest number given), changes (with $withChanges, the records numbered, oldest first, with their properties as list-changes.cypher returns them: the replica's feed takes them without reading the log again; else empty)
// A cheap look first, without the lock: most runs find nothing.
CALL {
  MATCH (:Pending)
  RETURN true AS any
  LIMIT 1
}
// The counter node comes with the seed load (record-load.cypher); created here only on a database loaded without it.
// No uniqueness constraint guards it (see index-change-seq.cypher): two replicas numbering their very first records
// at the same moment on such a database could each create one.
MERGE (log:ChangeLog {id: 'changes'})
// Without a seed load's change 0 the first write is change 1: 0 is the load's number.
ON CREATE SET log.seq = 0, log.time = datetime.realtime()
// The counter's write lock before it is read: a second run (another replica's) waits here until this one commits, and
// then finds only what this one left.
SET log.locked = true
WITH log, log.seq AS last, log.time AS lastTime
CALL (log) {
  MATCH (c:Change:Pending)
  WITH c
  ORDER BY c.time, c.write, c.position
  LIMIT $limit
  RETURN collect(c) AS pending
}
CALL (pending, last, lastTime) {
  UNWIND range(0, size(pending) - 1) AS i
  WITH pending[i] AS c, i
  SET c.seq = last + 1 + i
  REMOVE c:Pending, c.write, c.position
  // A record's time is never earlier than the one numbered before it (written only when it must move).
  FOREACH (_ IN CASE WHEN c.time < lastTime THEN [1] ELSE [] END | SET c.time = lastTime)
  RETURN max(c.time) AS newest
}
SET log.seq = last + size(pending),
  log.time = coalesce(newest, lastTime)
REMOVE log.locked
RETURN size(pending) AS numbered, log.seq AS head, [c IN pending WHERE $withChanges | c {.*}] AS changes
