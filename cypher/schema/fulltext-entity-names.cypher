// purpose: full-text index over entity names, short names and aliases (the `search` query)
// params: none
// returns: nothing
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.shortName, n.legalName, n.aliasText]
