// purpose: range index for filters on an entity's country (`country: { eq }`, `{ in }`); measured in bench/results/indexes.md
// params: none
// returns: nothing
CREATE INDEX entity_country IF NOT EXISTS
FOR (n:Entity) ON (n.country)
