// purpose: range index for knownAt: the last change recorded at or before a moment
// params: none
// returns: nothing
CREATE INDEX change_time IF NOT EXISTS
FOR (c:Change) ON (c.time)
