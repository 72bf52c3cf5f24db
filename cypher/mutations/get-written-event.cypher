// purpose: an event with its participants, read inside the write's transaction to return what it stored
// params: $id
// returns: event (properties), participants: [{role, entity (properties)}], or no row
MATCH (e:Event {id: $id})
RETURN e {.*} AS event,
  COLLECT {
    MATCH (e)-[i:INVOLVES]->(x:Entity)
    RETURN {role: i.role, entity: x {.*}}
    ORDER BY i.role, x.id
  } AS participants
