// purpose: relationships of many entities at once, for nested fields (owners, holdings, competitors, suppliers, customers, officers, ...) that the parent's statement did not already read: one statement per field per request
// params: $ids (entity ids), $types (RelationshipType enum values), $direction (OUT | IN | BOTH), $asOf (date or null), $segment (or null), $first (max per entity), $relKeys, $otherKeys (the properties of the relationship and of the far end the selection needs, or null for all)
// returns: one row per id: id, relations: [{id, type, out (true when the relationship starts at the entity read from), props, other (a map of all properties, or the values of $relKeys / $otherKeys in that order)}]
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
    id: r.id, type: type(r), out: startNode(r) = n,
    props: CASE WHEN $relKeys IS NULL THEN properties(r) ELSE [k IN $relKeys | r[k]] END,
    other: CASE WHEN $otherKeys IS NULL THEN properties(o) ELSE [k IN $otherKeys | o[k]] END
  }) AS relations
}
RETURN id, relations
