// purpose: the sentence one of whose fragments holds an offset of the source text (the `sentence` query)
// params: $documentId, $offset
// returns: one row, or none before the seed is loaded: length (of the whole text), sentence ({id, offset, length, text, kind, sectionId, fragmentOffsets, fragmentLengths}, or null between sentences)
MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (s:Sentence)
WHERE s.offset <= $offset AND s.offset + s.length > $offset
  AND any(i IN range(0, size(s.fragmentOffsets) - 1)
    WHERE s.fragmentOffsets[i] <= $offset AND $offset < s.fragmentOffsets[i] + s.fragmentLengths[i])
RETURN
  d.length AS length,
  s {.id, .offset, .length, .text, .kind, .sectionId, .fragmentOffsets, .fragmentLengths} AS sentence
