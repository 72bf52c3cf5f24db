// purpose: who supplies an entity, with what and the cost share (the `suppliers` query)
// params: $id
// returns: one row: entity (node properties, null when $id is unknown), relations: [{id, type, source, target, props, other (node properties)}] by cost share, largest first
OPTIONAL MATCH (x:Entity {id: $id})
CALL (x) {
  MATCH (other:Entity)-[r:SUPPLIES]->(x)
  WITH other, r
  ORDER BY coalesce(r.costShare, -1) DESC, other.name
  RETURN collect({id: r.id, type: type(r), source: other.id, target: x.id, props: properties(r), other: other {.*}}) AS relations
}
RETURN x {.*} AS entity, relations
