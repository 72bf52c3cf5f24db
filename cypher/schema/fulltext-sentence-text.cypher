// purpose: full-text index over the source's sentences (the `searchText` query)
// params: none
// returns: nothing
CREATE FULLTEXT INDEX sentence_text IF NOT EXISTS
FOR (s:Sentence) ON EACH [s.text]
