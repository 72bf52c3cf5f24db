// purpose: range index on sentence offsets (`sentence(offset)`, sentences in text order)
// params: none
// returns: nothing
CREATE INDEX sentence_offset IF NOT EXISTS
FOR (s:Sentence) ON (s.offset)
