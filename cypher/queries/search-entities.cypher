// purpose: full-text search over entity names, short names and aliases, best match first, with the relationship fields the selection asks for (the `search` query)
// params: $query (a Lucene query built from escaped user words), $first; $keys (the entity properties the selection needs, or null for all); $plan (see fragments/entity-relations; [] for none)
// returns: one row per hit: entity (node properties: a map, or the values of $keys), relations (one list per plan item), score
CALL db.index.fulltext.queryNodes('entity_names', $query)
YIELD node, score
WITH node AS n, score
ORDER BY score DESC, n.id
LIMIT $first
RETURN
  CASE WHEN $keys IS NULL THEN properties(n) ELSE [k IN $keys | n[k]] END AS entity,
  /*include fragments/entity-relations*/ AS relations,
  score
