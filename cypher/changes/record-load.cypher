// purpose: change 0: the seed load, one record for the whole load (in the load's transaction; a repeated load keeps the first record)
// params: $after (JSON string: what the load wrote, counted), $source (the source document's file name)
// returns: seq, time
MERGE (log:ChangeLog {id: 'changes'})
ON CREATE SET log.seq = 0, log.time = datetime.realtime()
MERGE (ch:Change {seq: 0})
ON CREATE SET ch.time = log.time, ch.actor = 'seed', ch.mutation = 'seed', ch.operation = 'LOAD',
  ch.itemKind = 'GRAPH', ch.itemId = $source, ch.before = null, ch.after = $after, ch.fields = []
RETURN ch.seq AS seq, ch.time AS time
