// purpose: the stored state of relationships (not INVOLVES: that is part of its event), read inside a write's transaction before and after it
// params: $ids: [id]
// returns: one row per id: id, item ({id, type, source, target, props}, or null when no relationship has the id)
UNWIND $ids AS id
OPTIONAL CALL (id) {
  MATCH (a)-[r {id: id}]->(b)
  WHERE type(r) <> 'INVOLVES'
  RETURN {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS item
  LIMIT 1
}
RETURN id, item
