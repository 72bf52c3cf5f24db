// purpose: full-text search over entity names, short names and aliases, best match first (the `search` query)
// params: $query (a Lucene query built from escaped user words), $first
// returns: one row per hit: entity (node properties), score
CALL db.index.fulltext.queryNodes('entity_names', $query)
YIELD node, score
RETURN node {.*} AS entity, score
ORDER BY score DESC, node.id
LIMIT $first
