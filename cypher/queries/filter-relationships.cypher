// purpose: the relationships of some types, or of one start or end node, for the `relationships` connection (the store reads every relationship with filter-all-relationships instead), a root statement: the translator appends the filter, the order, the aggregate, the page and the RETURN clause
// params: $types (RelationshipType values), $from, $to (ids or null), $asOf (date or null); the appended part reads $after (sort keys of the cursor, or null), $first, $withTotal and the filter's values ($p1, $p2, ...)
// leaves: r (each relationship that qualifies, in no order)
// Neo4j 5.26 reads every node for a type given as a parameter (`type(r) IN $types`), and a guard before a MATCH
// is checked only after its scan. Here each way in is a branch that runs only when its UNWIND list is not empty:
// from the start node's id, else from the end node's id, else a scan of each type asked (bench/results/indexes.md).
CALL () {
  UNWIND [x IN [$from] WHERE x IS NOT NULL] AS from
  CALL (from) {
    MATCH (:Entity {id: from})-[r]->() RETURN r
    UNION ALL
    MATCH (:Event {id: from})-[r]->() RETURN r
  }
  RETURN r
  UNION ALL
  UNWIND [x IN [$to] WHERE x IS NOT NULL AND $from IS NULL] AS to
  CALL (to) { MATCH ()-[r]->(:Entity {id: to}) RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'OWNS' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:OWNS]->() RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'COMPETES_WITH' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:COMPETES_WITH]->() RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'SUPPLIES' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:SUPPLIES]->() RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'PARTNER_IN' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:PARTNER_IN]->() RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'HOLDS_POSITION' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:HOLDS_POSITION]->() RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'NOMINATED' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:NOMINATED]->() RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'CAN_APPOINT' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:CAN_APPOINT]->() RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'REGULATES' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:REGULATES]->() RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'MERGED_INTO' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:MERGED_INTO]->() RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'TRANSFERRED_BUSINESS_TO' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:TRANSFERRED_BUSINESS_TO]->() RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'CONCERNS' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:CONCERNS]->() RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'HAS_FIGURE' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:HAS_FIGURE]->() RETURN r }
  RETURN r
  UNION ALL
  UNWIND [t IN $types WHERE t = 'INVOLVES' AND $from IS NULL AND $to IS NULL] AS t
  CALL (t) { MATCH ()-[r:INVOLVES]->() RETURN r }
  RETURN r
}
WITH r
WHERE type(r) IN $types
  AND ($from IS NULL OR startNode(r).id = $from)
  AND ($to IS NULL OR endNode(r).id = $to)
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
