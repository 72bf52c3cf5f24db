// purpose: an index of relationship ids over every relationship type (the types of the RelationshipType enum), so a relationship is found by id without a scan of every relationship (a range index covers one type only)
// params: none
// returns: nothing
// The keyword analyzer keeps each id whole and as written. A lookup asks for the id as one quoted Lucene phrase,
// its backslashes and quotes escaped, and keeps the relationships whose id is equal:
//   CALL db.index.fulltext.queryRelationships('relationship_ids', '"' + replace(replace($id, '\\', '\\\\'), '"', '\\"') + '"')
//   YIELD relationship AS r WITH r WHERE r.id = $id
CREATE FULLTEXT INDEX relationship_ids IF NOT EXISTS
FOR ()-[r:OWNS|COMPETES_WITH|SUPPLIES|PARTNER_IN|HOLDS_POSITION|NOMINATED|CAN_APPOINT|REGULATES|MERGED_INTO|TRANSFERRED_BUSINESS_TO|CONCERNS|HAS_FIGURE|INVOLVES]-() ON EACH [r.id]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}
