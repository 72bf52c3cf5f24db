// purpose: full-text search over entity names, short names and aliases, best match first (the `search` query), a root statement: the translator appends the RETURN clause the selection asks for
// params: $query (a Lucene query built from escaped user words), $first
// leaves: one row per hit, best first: n (the Entity node), score
CALL db.index.fulltext.queryNodes('entity_names', $query)
YIELD node, score
WITH node AS n, score
ORDER BY score DESC, n.id
LIMIT $first
