// purpose: deletes an event and its INVOLVES relationships (and the SUPPORTS of the sentences it cites)
// params: $id
// returns: relationshipsDeleted (its INVOLVES), or no row when there is no such event
MATCH (e:Event {id: $id})
WITH e, COUNT { (e)-[:INVOLVES]-() } AS relationshipsDeleted
DETACH DELETE e
RETURN relationshipsDeleted
