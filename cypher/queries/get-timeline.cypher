// purpose: events in date order, optionally those involving one entity, within a date range and of some kinds (the `timeline` query), a root statement: the translator appends the RETURN clause the selection asks for
// params: $entityId (or null for all), $from, $to (dates or null; compared at the events' own precision), $kinds (EventKind values or null), $first
// leaves: events (Event nodes, undated ones last); no row when $entityId is unknown
OPTIONAL MATCH (x:Entity {id: $entityId})
WITH x
WHERE $entityId IS NULL OR x IS NOT NULL
CALL (x) {
  MATCH (e:Event)
  WHERE (x IS NULL OR (e)-[:INVOLVES]->(x))
    AND ($kinds IS NULL OR e.kind IN $kinds)
    AND ($from IS NULL OR (e.date IS NOT NULL AND e.date >= left($from, size(e.date))))
    AND ($to IS NULL OR (e.date IS NOT NULL AND e.date <= left($to, size(e.date))))
  WITH e
  ORDER BY e.date IS NULL, e.date, e.id
  LIMIT $first
  RETURN collect(e) AS events
}
WITH events
