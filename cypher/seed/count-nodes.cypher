// purpose: tells whether the graph is empty (seed on start only then)
// params: none
// returns: nodes
MATCH (n)
RETURN count(n) AS nodes
