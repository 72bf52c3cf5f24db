// purpose: the companies an entity competes with, in either direction, optionally in one segment (the `competitors` query)
// params: $id, $segment (Segment enum value or null)
// returns: one row: entity (node properties, null when $id is unknown), relations: [{id, type, source, target, props, other (node properties)}] ordered by competitor name
OPTIONAL MATCH (x:Entity {id: $id})
CALL (x) {
  MATCH (x)-[r:COMPETES_WITH]-(other:Entity)
  WHERE $segment IS NULL OR $segment IN coalesce(r.segments, [])
  WITH other, r
  ORDER BY other.name, r.id
  RETURN collect({id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r), other: other {.*}}) AS relations
}
RETURN x {.*} AS entity, relations
