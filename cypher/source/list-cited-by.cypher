// purpose: sentences by id, for the `citedBy` of sentences no statement of the request read it with (a citation's context in a mutation's answer, ...), batched per request, a root statement: the store appends the RETURN clause that reads what cites each (translate/sentence.projection.ts)
// params: $ids (sentence ids)
// leaves: one row per sentence found: sentenceId, s (the Sentence node)
UNWIND $ids AS sentenceId
MATCH (s:Sentence {id: sentenceId})
