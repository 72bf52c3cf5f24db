// purpose: the sentence one of whose fragments holds an offset of the source text (the `sentence` query), a root statement: the translator appends the RETURN clause the selection asks for
// params: $documentId, $offset
// leaves: one row, or none before the seed is loaded: length (of the whole text), s (the Sentence node, or null between sentences)
MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (s:Sentence)
WHERE s.offset <= $offset AND s.offset + s.length > $offset
  AND any(i IN range(0, size(s.fragmentOffsets) - 1)
    WHERE s.fragmentOffsets[i] <= $offset AND $offset < s.fragmentOffsets[i] + s.fragmentLengths[i])
WITH d.length AS length, s
