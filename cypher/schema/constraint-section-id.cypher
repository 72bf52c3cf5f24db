// purpose: one section per id (sections of the source document)
// params: none
// returns: nothing
CREATE CONSTRAINT section_id IF NOT EXISTS
FOR (s:Section) REQUIRE s.id IS UNIQUE
