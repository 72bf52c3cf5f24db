// purpose: full-text search over the source's sentences, best match first (the `searchText` query), a root statement: the translator appends the RETURN clause the selection asks for
// params: $query (a Lucene query built from escaped user words), $first
// leaves: one row per hit, best first: s (the Sentence node), score
CALL db.index.fulltext.queryNodes('sentence_text', $query)
YIELD node, score
WITH node AS s, score
ORDER BY score DESC, s.offset
LIMIT $first
