// purpose: deletes an entity and every relationship it has, with the SUPPORTS their citations gave the other ends (its own go with it)
// params: $id
// returns: relationshipsDeleted (the graph's relationships, not the SUPPORTS of sentences), or no row when there is no such entity
MATCH (n:Entity {id: $id})
WITH n, COUNT { (n)-[r]-() WHERE type(r) <> 'SUPPORTS' } AS relationshipsDeleted
CALL (n) {
  MATCH (n)-[r]-(other)
  MATCH (other)<-[sup:SUPPORTS {cites: r.id}]-(:Sentence)
  DELETE sup
}
DETACH DELETE n
RETURN relationshipsDeleted
