// purpose: deletes an entity and every relationship it has
// params: $id
// returns: relationshipsDeleted, or no row when there is no such entity
MATCH (n:Entity {id: $id})
WITH n, COUNT { (n)--() } AS relationshipsDeleted
DETACH DELETE n
RETURN relationshipsDeleted
