// purpose: creates or updates the sentences of the source, each in its innermost section: (:Section)-[:HAS_SENTENCE]->(:Sentence)
// params: $rows: [{id, name, text, kind, sectionId, offset, length, fragmentOffsets, fragmentLengths}]
// returns: sentences
UNWIND $rows AS row
MATCH (section:Section {id: row.sectionId})
MERGE (s:Sentence {id: row.id})
SET s = row
MERGE (section)-[:HAS_SENTENCE]->(s)
RETURN count(s) AS sentences
