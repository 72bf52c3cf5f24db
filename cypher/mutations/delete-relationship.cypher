// purpose: deletes the relationship with an id (INVOLVES excepted: it goes with its event)
// params: $id
// returns: deleted: how many were deleted (0 or 1)
OPTIONAL MATCH ()-[r {id: $id}]->()
WHERE type(r) <> 'INVOLVES'
DELETE r
RETURN count(r) AS deleted
