// purpose: deletes an event and its INVOLVES relationships
// params: $id
// returns: relationshipsDeleted, or no row when there is no such event
MATCH (e:Event {id: $id})
WITH e, COUNT { (e)--() } AS relationshipsDeleted
DETACH DELETE e
RETURN relationshipsDeleted
