// purpose: deletes the relationship with an id (INVOLVES excepted: it goes with its event), and the SUPPORTS its citations gave its ends (source/merge-supports)
// params: $id
// returns: deleted: how many were deleted (0 or 1)
CALL db.index.fulltext.queryRelationships('relationship_ids', '"' + replace(replace($id, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship AS r
WHERE r.id = $id AND type(r) <> 'INVOLVES'
CALL (r) {
  UNWIND [startNode(r), endNode(r)] AS end
  MATCH (end)<-[sup:SUPPORTS {cites: r.id}]-(:Sentence)
  DELETE sup
}
DELETE r
RETURN count(r) AS deleted
