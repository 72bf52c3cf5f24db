// purpose: deletes the relationship with an id (INVOLVES excepted: it goes with its event)
// params: $id
// returns: deleted: how many were deleted (0 or 1)
CALL db.index.fulltext.queryRelationships('relationship_ids', '"' + replace(replace($id, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship AS r
WHERE r.id = $id AND type(r) <> 'INVOLVES'
DELETE r
RETURN count(r) AS deleted
