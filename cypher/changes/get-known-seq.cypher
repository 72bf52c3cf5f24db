// purpose: the last change recorded at or before a moment (knownAt reads answer from the log up to it)
// params: $knownAt (ISO 8601 date-time)
// returns: one row: seq (-1 when nothing was recorded by then), recorded (true when the log has any change at all). It runs ahead of the knownAt reads, in their statement (gateway `Preceded`), which read `seq` and `recorded`
OPTIONAL CALL {
  MATCH (c:Change)
  WHERE c.time <= datetime($knownAt) AND c.seq IS NOT NULL
  RETURN c.seq AS seq
  ORDER BY c.time DESC, c.seq DESC
  LIMIT 1
}
RETURN coalesce(seq, -1) AS seq, EXISTS { MATCH (:Change) } AS recorded
