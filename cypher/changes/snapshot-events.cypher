// purpose: the stored state of events with their participants, read inside a write's transaction before and after it, under their write locks (see snapshot-entities)
// params: $ids: [id]
// returns: one row per id: id, item ({props, participants: [{role, entity}]}, or null when no event has the id)
UNWIND $ids AS id
OPTIONAL MATCH (e:Event {id: id})
FOREACH (x IN CASE WHEN e IS NULL THEN [] ELSE [e] END | SET x._LOCK_ = true REMOVE x._LOCK_)
WITH id, e
RETURN id,
  CASE WHEN e IS NULL THEN null ELSE {
    props: properties(e),
    participants: COLLECT {
      MATCH (e)-[i:INVOLVES]->(x:Entity)
      RETURN {role: i.role, entity: x.id}
      ORDER BY i.role, x.id
    }
  } END AS item
