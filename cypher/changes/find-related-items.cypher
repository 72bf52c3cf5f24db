// purpose: what deleting an entity takes with it: its relationships (not INVOLVES) and the events it takes part in (read before the delete, under the entity's write lock, so no relationship or event can join it meanwhile)
// params: $id
// returns: relationships: [id], events: [id] (empty lists when there is no such entity)
OPTIONAL MATCH (n:Entity {id: $id})
// Creating a relationship locks both its ends: with the entity locked first, the lists below stay whole.
FOREACH (x IN CASE WHEN n IS NULL THEN [] ELSE [n] END | SET x._LOCK_ = true REMOVE x._LOCK_)
WITH n
RETURN
  COLLECT { MATCH (n)-[r]-() WHERE NOT type(r) IN ['INVOLVES', 'SUPPORTS'] RETURN DISTINCT r.id } AS relationships,
  COLLECT { MATCH (n)<-[:INVOLVES]-(e:Event) RETURN DISTINCT e.id } AS events
