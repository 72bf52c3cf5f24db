// purpose: relationships as the graph recorded them up to a change: those stored now and not changed since, plus the state before the first later change of those changed since
// params: $seq (the last change known), $types (RelationshipType values: never the source's SUPPORTS, HAS_SECTION, HAS_SENTENCE), $from, $to (filters of the stored ones, or null), $limit (most rows read of each part)
// returns: one row: current: [{id, type, source, target, props}], earlier: [before JSON strings of the first later change per relationship, null for ones created later]
CALL {
  MATCH (a)-[r]->(b)
  WHERE type(r) <> 'INVOLVES'
    AND type(r) IN $types
    AND ($from IS NULL OR a.id = $from)
    AND ($to IS NULL OR b.id = $to)
    AND NOT EXISTS {
      MATCH (c:Change)
      WHERE c.itemId = r.id AND c.itemKind = 'RELATIONSHIP' AND (c.seq > $seq OR c.seq IS NULL)
    }
  WITH a, r, b
  ORDER BY r.id
  LIMIT $limit
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}) AS current
}
CALL {
  MATCH (c:Change)
  WHERE (c.seq > $seq OR c.seq IS NULL) AND c.itemKind = 'RELATIONSHIP'
  WITH c
  ORDER BY c.seq, c.time, c.position
  // collect() drops nulls: the first change is kept as a map, so a creation's null before stays first.
  WITH c.itemId AS id, head(collect({before: c.before})).before AS before
  LIMIT $limit
  RETURN collect(before) AS earlier
}
RETURN current, earlier
