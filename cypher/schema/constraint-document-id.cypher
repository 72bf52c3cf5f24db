// purpose: one source document per id (the /source API and the seed's MERGE)
// params: none
// returns: nothing
CREATE CONSTRAINT document_id IF NOT EXISTS
FOR (d:Document) REQUIRE d.id IS UNIQUE
