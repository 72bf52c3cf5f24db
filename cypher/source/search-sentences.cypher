// purpose: full-text search over the source's sentences, best match first (the `searchText` query)
// params: $query (a Lucene query built from escaped user words), $first
// returns: one row per hit: sentence {id, offset, length, text, kind, sectionId, fragmentOffsets, fragmentLengths}, score
CALL db.index.fulltext.queryNodes('sentence_text', $query)
YIELD node, score
WITH node AS s, score
ORDER BY score DESC, s.offset
LIMIT $first
RETURN s {.id, .offset, .length, .text, .kind, .sectionId, .fragmentOffsets, .fragmentLengths} AS sentence, score
