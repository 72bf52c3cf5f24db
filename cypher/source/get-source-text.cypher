// purpose: a range of the source text (the `sourceText` query)
// params: $documentId, $offset, $length
// returns: one row, or none before the seed is loaded: length (of the whole text), text (the range, cut at the end of the text)
MATCH (d:Document {id: $documentId})
RETURN d.length AS length, substring(d.text, $offset, $length) AS text
