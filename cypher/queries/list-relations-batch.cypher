// purpose: relationships of many entities at once, for nested fields (owners, holdings, competitors, suppliers, customers, officers, ...) that the parent's statement did not already read: one statement per field per request
// params: $ids (entity ids), $types (RelationshipType enum values), $direction (OUT | IN | BOTH), $asOf (date or null), $segment (or null), $first (max per entity), $citations (false: the relationship's citation lists left out), $other (LIGHT | FULL | CITED: see fragments/entity-relations)
// returns: one row per id: id, relations: [{id, type, source, target, props, other (node properties)}]
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(o)
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
    AND ($segment IS NULL OR $segment IN r.segments)
  WITH r, o
  ORDER BY type(r), o.name, r.id
  LIMIT $first
  RETURN collect({
    id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
    props: CASE WHEN $citations THEN properties(r) ELSE r {.*, citeSection: null, citeQuote: null, citeOffset: null, citeUrl: null} END,
    other: CASE $other WHEN 'LIGHT' THEN o {.id, .name, .kind, .shortName} WHEN 'CITED' THEN o {.*} ELSE o {.*, citeSection: null, citeQuote: null, citeOffset: null, citeUrl: null} END
  }) AS relations
}
RETURN id, relations
