// purpose: what deleting an entity takes with it: its relationships (not INVOLVES) and the events it takes part in (read before the delete)
// params: $id
// returns: relationships: [id], events: [id] (empty lists when there is no such entity)
OPTIONAL MATCH (n:Entity {id: $id})
RETURN
  COLLECT { MATCH (n)-[r]-() WHERE type(r) <> 'INVOLVES' RETURN DISTINCT r.id } AS relationships,
  COLLECT { MATCH (n)<-[:INVOLVES]-(e:Event) RETURN DISTINCT e.id } AS events
