// purpose: sentences by id, for the `citedBy` of sentences a request made from the text in memory (a citation's context), batched per request, a root statement: the store appends the RETURN clause that reads what cites each (translate/sentence.projection.ts)
// params: $ids (sentence ids)
// leaves: one row per sentence found: sentenceId, s (the Sentence node)
UNWIND $ids AS sentenceId
MATCH (s:Sentence {id: sentenceId})
