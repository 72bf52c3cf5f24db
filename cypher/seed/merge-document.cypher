// purpose: creates or updates the source document and its sections: (:Document)-[:HAS_SECTION]->(:Section), and (:Section)-[:HAS_SECTION]->(:Section) from an item to its risk factors
// params: $document: {id, name, title, source, period, length, text}, $sections: [{id, name, title, parentId, level, order, offset, length}]
// returns: sections
MERGE (d:Document {id: $document.id})
SET d = $document
WITH d
CALL (d) {
  UNWIND $sections AS row
  MERGE (s:Section {id: row.id})
  SET s = row
}
WITH d
UNWIND $sections AS row
MATCH (s:Section {id: row.id})
OPTIONAL MATCH (parent:Section {id: row.parentId})
WITH s, coalesce(parent, d) AS owner
MERGE (owner)-[:HAS_SECTION]->(s)
RETURN count(s) AS sections
