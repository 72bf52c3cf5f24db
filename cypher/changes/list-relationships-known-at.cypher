// purpose: relationships as the graph recorded them up to a change: those stored now and not changed since, plus the state before the first later change of those changed since
// params: $types (RelationshipType values: never the source's SUPPORTS, HAS_SECTION, HAS_SENTENCE), $from, $to (filters of the stored ones, or null), $limit (most rows read of each part); runs after get-known-seq in one statement, and reads its `seq` (the last change known) and `recorded`
// returns: one row: seq and recorded (get-known-seq's), current: [{id, type, source, target, props}], earlier: [before JSON strings of the first later change per relationship, null for ones created later]
// after: changes/get-known-seq (run ahead of this one, in its statement)
// A log that is empty (a database written before it was kept) knows every change: the graph as stored.
WITH seq, recorded, CASE WHEN recorded THEN seq ELSE 9223372036854775807 END AS known
// Neo4j 5.26 reads every node for a type given as a parameter (`type(r) IN $types`), and a guard before a MATCH
// is checked only after its scan: each way in is a branch that runs only when its UNWIND list is not empty (as in
// queries/filter-relationships.cypher): from the start entity's id, else from the end entity's id, else every
// relationship.
CALL (known) {
  CALL () {
    UNWIND [x IN [$from] WHERE x IS NOT NULL] AS from
    MATCH (a:Entity {id: from})-[r]->(b)
    RETURN a, r, b
    UNION ALL
    UNWIND [x IN [$to] WHERE x IS NOT NULL AND $from IS NULL] AS to
    MATCH (a)-[r]->(b:Entity {id: to})
    RETURN a, r, b
    UNION ALL
    UNWIND [x IN [true] WHERE $from IS NULL AND $to IS NULL] AS all
    MATCH (a)-[r]->(b)
    RETURN a, r, b
  }
  WITH a, r, b
  WHERE type(r) <> 'INVOLVES'
    AND type(r) IN $types
    AND ($to IS NULL OR b.id = $to)
    AND NOT EXISTS {
      MATCH (c:Change)
      WHERE c.itemId = r.id AND c.itemKind = 'RELATIONSHIP' AND (c.seq > known OR c.seq IS NULL)
    }
  WITH a, r, b
  ORDER BY r.id
  LIMIT $limit
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)}) AS current
}
// The records after the last change known by the seq index, and those not numbered yet by their label.
CALL (known) {
  CALL (known) {
    MATCH (c:Change)
    WHERE c.seq > known AND c.itemKind = 'RELATIONSHIP'
    RETURN c
    UNION ALL
    MATCH (c:Change:Pending)
    WHERE c.itemKind = 'RELATIONSHIP'
    RETURN c
  }
  WITH c
  ORDER BY c.seq, c.time, c.position
  // collect() drops nulls: the first change is kept as a map, so a creation's null before stays first.
  WITH c.itemId AS id, head(collect({before: c.before})).before AS before
  LIMIT $limit
  RETURN collect(before) AS earlier
}
RETURN seq, recorded, current, earlier
