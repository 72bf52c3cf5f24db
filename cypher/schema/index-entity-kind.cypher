// purpose: range index for listing entities by kind
// params: none
// returns: nothing
CREATE INDEX entity_kind IF NOT EXISTS
FOR (n:Entity) ON (n.kind)
