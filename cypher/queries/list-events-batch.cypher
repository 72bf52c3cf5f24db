// purpose: events of many entities at once with their participants, for the nested `events` field: one statement per request
// params: $ids (entity ids), $kinds (EventKind values or null), $first (max per entity)
// returns: one row per id: id, events: [{event (node properties), role, participants: [{role, entity}]}] in date order
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (e:Event)-[own:INVOLVES]->(n)
  WHERE $kinds IS NULL OR e.kind IN $kinds
  WITH e, own
  ORDER BY e.date IS NULL, e.date, e.id
  LIMIT $first
  RETURN collect({
    event: e {.*},
    role: own.role,
    participants: COLLECT {
      MATCH (e)-[i:INVOLVES]->(p:Entity)
      RETURN {role: i.role, entity: p {.*}} AS participant
      ORDER BY i.role, p.id
    }
  }) AS events
}
RETURN id, events
