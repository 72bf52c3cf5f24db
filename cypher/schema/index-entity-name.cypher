// purpose: range index for filters on entity names (`name: { eq }`, `{ startsWith }`); measured in bench/results/indexes.md
// params: none
// returns: nothing
CREATE INDEX entity_name IF NOT EXISTS
FOR (n:Entity) ON (n.name)
