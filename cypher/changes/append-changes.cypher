// purpose: appends change records in the write's own transaction: locks the change log's counter first, so sequence numbers follow commit order with no gaps
// params: $actor (token subject), $mutation (the GraphQL field), $citations ([{section, quote, offset, url}], the citations the write gives), $changes: [{operation, itemKind, itemId, before, after, fields}] (before/after JSON strings or null)
// returns: one row: seqs (the numbers given, in $changes order), time (when they were recorded)
MERGE (log:ChangeLog {id: 'changes'})
// Without a seed load's change 0 the first write is change 1: 0 is the load's number.
ON CREATE SET log.seq = 0, log.time = datetime.realtime()
// The write lock on the counter is taken before it is read (lock-log.cypher took it at the start of the write; taken
// here again, it also holds for a write that did not): a second writer waits until this one commits.
SET log.locked = true
WITH log, log.seq AS last, CASE WHEN datetime.realtime() > log.time THEN datetime.realtime() ELSE log.time END AS time
UNWIND range(0, size($changes) - 1) AS i
WITH log, last, time, i, $changes[i] AS c
CREATE (ch:Change {
  seq: last + 1 + i,
  time: time,
  actor: $actor,
  mutation: $mutation,
  operation: c.operation,
  itemKind: c.itemKind,
  itemId: c.itemId,
  before: c.before,
  after: c.after,
  fields: c.fields,
  citeSection: [x IN $citations | x.section],
  citeQuote: [x IN $citations | x.quote],
  citeOffset: [x IN $citations | x.offset],
  citeUrl: [x IN $citations | x.url]
})
WITH log, last, time, collect(ch.seq) AS seqs
SET log.seq = last + size(seqs), log.time = time
REMOVE log.locked
RETURN seqs, time
