// purpose: full-text search over entity names, short names and aliases, best match first, with the relationship fields the selection asks for (the `search` query)
// params: $query (a Lucene query built from escaped user words), $first; $citations (false: citation lists left out); $plan (see fragments/entity-relations; [] for none)
// returns: one row per hit: entity (node properties), relations (one list per plan item), score
CALL db.index.fulltext.queryNodes('entity_names', $query)
YIELD node, score
WITH node AS n, score
ORDER BY score DESC, n.id
LIMIT $first
RETURN
  CASE WHEN $citations THEN n {.*} ELSE n {.*, citeSection: null, citeQuote: null, citeOffset: null, citeUrl: null} END AS entity,
  /*include fragments/entity-relations*/ AS relations,
  score
