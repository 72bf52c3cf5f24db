// purpose: links each event to the entities it involves, with their role
// params: $rows: [{id, participants: [{entity, role}]}]
// returns: merged
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
UNWIND row.participants AS p
MATCH (x:Entity {id: p.entity})
MERGE (e)-[i:INVOLVES {role: p.role}]->(x)
SET i.id = row.id + '--' + toLower(p.role) + '--' + p.entity
RETURN count(i) AS merged
