// purpose: relationships of many entities at once, for nested fields (owners, holdings, competitors, suppliers, customers, officers, ...) that the parent's statement did not already read: one statement per field per request
// params: $ids (entity ids), $types (RelationshipType enum values), $direction (OUT | IN | BOTH), $asOf (date or null), $first (max per entity), $citations (false: citation lists left out)
// returns: one row per id: id, relations: [{id, type, source, target, props, other (node properties)}]
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(other)
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
  WITH r, other
  ORDER BY type(r), other.name, r.id
  LIMIT $first
  RETURN collect({
    id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
    props: CASE WHEN $citations THEN properties(r) ELSE r {.*, citeSection: null, citeQuote: null, citeOffset: null, citeUrl: null} END,
    other: CASE WHEN $citations THEN other {.*} ELSE other {.*, citeSection: null, citeQuote: null, citeOffset: null, citeUrl: null} END
  }) AS relations
}
RETURN id, relations
