// purpose: waits until every index is online (after cypher/schema/ is applied: a full-text index on a large graph takes a while to fill, and queries on it fail until it is online)
// params: $seconds (how long to wait at most; past it Neo4j raises an error)
// returns: nothing
CALL db.awaitIndexes($seconds)
