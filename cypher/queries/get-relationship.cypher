// purpose: one relationship by id, whatever its type, a root statement (what a create or update of a relationship returns, read inside its transaction); the translator appends the RETURN clause the selection asks for
// params: $id
// leaves: r (the relationship); no row when there is none
CALL db.index.fulltext.queryRelationships('relationship_ids', '"' + replace(replace($id, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship AS r
WHERE r.id = $id
WITH r
LIMIT 1
