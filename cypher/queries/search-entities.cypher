// purpose: full-text search over entity names, short names and aliases (the `search` query), a root statement: the translator appends the filter, the order (best match first, then id), the cut at $first and the RETURN clause
// params: $query (a Lucene query built from escaped user words); the appended part reads $first and the filter's values ($p1, $p2, ...)
// leaves: one row per hit, in no order: n (the Entity node), score
CALL db.index.fulltext.queryNodes('entity_names', $query)
YIELD node, score
WITH node AS n, score
