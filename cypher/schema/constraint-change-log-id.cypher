// purpose: the change log's counter node is one node (MERGE on it takes the constraint's lock, so two writers never create two)
// params: none
// returns: nothing
CREATE CONSTRAINT change_log_id IF NOT EXISTS
FOR (n:ChangeLog) REQUIRE n.id IS UNIQUE
