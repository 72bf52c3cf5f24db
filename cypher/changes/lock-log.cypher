// purpose: takes the change log's write lock at the start of a recorded write, so mutations run one at a time and never deadlock on each other's items
// params: none
// returns: seq (the last number given; the lock is held until the transaction ends)
MERGE (log:ChangeLog {id: 'changes'})
ON CREATE SET log.seq = 0, log.time = datetime.realtime()
SET log.locked = true
RETURN log.seq AS seq
