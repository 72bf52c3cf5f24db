// purpose: every event has a unique id
// params: none
// returns: nothing
CREATE CONSTRAINT event_id IF NOT EXISTS
FOR (n:Event) REQUIRE n.id IS UNIQUE
