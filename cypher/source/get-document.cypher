// purpose: the source document with its sections in text order (the `document` query)
// params: $documentId
// returns: one row, or none before the seed is loaded: document {id, title, source, period, length, sections: [{id, title, parentId, level, offset, length}]}
MATCH (d:Document {id: $documentId})
RETURN d {
  .id, .title, .source, .period, .length,
  sections: COLLECT {
    MATCH (d)-[:HAS_SECTION*1..2]->(s:Section)
    WITH s
    ORDER BY s.order
    RETURN s {.id, .title, .parentId, .level, .offset, .length}
  }
} AS document
