// purpose: replaces an event's INVOLVES relationships with the given participants (stored entities, checked by the store)
// params: $id, $participants: [{entity, role}], $now, $user
// returns: involved: how many INVOLVES relationships the event has now
MATCH (e:Event {id: $id})
OPTIONAL MATCH (e)-[old:INVOLVES]->()
DELETE old
WITH DISTINCT e
UNWIND $participants AS p
MATCH (x:Entity {id: p.entity})
MERGE (e)-[i:INVOLVES {role: p.role}]->(x)
SET i.id = e.id + '--' + toLower(p.role) + '--' + p.entity,
  i.createdAt = $now, i.createdBy = $user, i.updatedAt = $now, i.updatedBy = $user
RETURN count(i) AS involved
