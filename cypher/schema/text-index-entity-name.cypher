// purpose: text index for filters on entity names by a part (`name: { contains }`, `{ endsWith }`); measured in bench/results/indexes.md
// params: none
// returns: nothing
CREATE TEXT INDEX entity_name_text IF NOT EXISTS
FOR (n:Entity) ON (n.name)
