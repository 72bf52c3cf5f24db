// purpose: the stored state of relationships (not INVOLVES: that is part of its event), read inside a write's transaction before and after it, under their write locks (see snapshot-entities)
// params: $ids: [id]
// returns: one row per id: id, item ({id, type, source, target, props}, or null when no relationship has the id)
UNWIND $ids AS id
OPTIONAL CALL (id) {
  CALL db.index.fulltext.queryRelationships('relationship_ids', '"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship AS r
  WHERE r.id = id AND type(r) <> 'INVOLVES'
  WITH startNode(r) AS a, r, endNode(r) AS b
  LIMIT 1
  SET r._LOCK_ = true
  REMOVE r._LOCK_
  RETURN {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS item
}
RETURN id, item
