// purpose: how much of the source the graph cites: sentences, and how many of them something supports (the `coverage` query)
// params: none
// returns: one row: sentences, cited
MATCH (s:Sentence)
RETURN count(s) AS sentences, count(CASE WHEN EXISTS { (s)-[:SUPPORTS]->() } THEN 1 END) AS cited
