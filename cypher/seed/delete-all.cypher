// purpose: empties the graph before a reset load (same transaction as the load)
// params: none
// returns: deleted
MATCH (n)
DETACH DELETE n
RETURN count(n) AS deleted
