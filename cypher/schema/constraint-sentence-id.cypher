// purpose: one sentence per id (`s-<offset>`); also the index that finds a sentence by id
// params: none
// returns: nothing
CREATE CONSTRAINT sentence_id IF NOT EXISTS
FOR (s:Sentence) REQUIRE s.id IS UNIQUE
