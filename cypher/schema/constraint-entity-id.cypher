// purpose: every entity (company, person, public body, risk factor, figure) has a unique id
// params: none
// returns: nothing
CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE
