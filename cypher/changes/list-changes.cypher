// purpose: the change log after a sequence number, oldest first, optionally of some kinds and ids (the `changes` feed, and each replica's poll of the log)
// params: $after (a seq; -1 for the start), $kinds ([ChangeItemKind] or null), $ids ([id] or null), $first
// returns: changes: [change properties] ordered by seq (up to $first + 1), head (the highest seq recorded, -1 when none)
CALL {
  MATCH (c:Change)
  WHERE c.seq > $after
    AND ($kinds IS NULL OR c.itemKind IN $kinds)
    AND ($ids IS NULL OR c.itemId IN $ids)
  WITH c
  ORDER BY c.seq
  LIMIT $first + 1
  RETURN collect(c {.*}) AS changes
}
CALL {
  MATCH (c:Change)
  WHERE c.seq IS NOT NULL
  WITH c.seq AS seq
  ORDER BY seq DESC
  LIMIT 1
  RETURN collect(seq) AS last
}
RETURN changes, coalesce(last[0], -1) AS head
