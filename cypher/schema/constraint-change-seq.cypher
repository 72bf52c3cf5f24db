// purpose: every change record has a unique sequence number (the change log's order and the feed's cursor; the index reads and pages by it)
// params: none
// returns: nothing
CREATE CONSTRAINT change_seq IF NOT EXISTS
FOR (c:Change) REQUIRE c.seq IS UNIQUE
