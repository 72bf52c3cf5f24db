// purpose: appends a write's change records in its own transaction, pending (label :Pending, no seq yet): they commit or roll back with the write, and sequence-pending.cypher numbers them once committed
// params: $actor (token subject), $mutation (the GraphQL field), $citations ([{section, quote, offset, url}], the citations the write gives), $changes: [{operation, itemKind, itemId, before, after, fields}] (before/after JSON strings or null)
// returns: no row (it writes only, so it can also run as a subquery ahead of the read of a write's answer: gateway `Preceded`)
// No lock: writes of different items commit side by side. `write` and `position` keep a write's records together and
// in order until they are numbered.
WITH randomUUID() AS write, datetime.realtime() AS time
UNWIND range(0, size($changes) - 1) AS i
WITH write, time, i, $changes[i] AS c
CREATE (ch:Change:Pending {
  write: write,
  position: i,
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
