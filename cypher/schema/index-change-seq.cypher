// purpose: change records by sequence number (the change log's order and the feed's cursor; reads page by it). A range index, not a uniqueness constraint: one more uniqueness constraint made Neo4j 5.26 plan every query again under load (measured with the load test: 100 requests/s without it, 24-31 with it, even on an empty label); numbers are unique because only the sequencer gives them, under the counter's lock
// params: none
// returns: nothing
CREATE INDEX change_seq IF NOT EXISTS
FOR (c:Change) ON (c.seq)
