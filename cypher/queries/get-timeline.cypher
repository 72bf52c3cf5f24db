// purpose: the events involving one entity (or all events), within a date range and of some kinds (the `timeline` query), a root statement: the translator appends the filter, the order (by date, undated last, when none is asked), the cut at $first and the RETURN clause
// params: $entityId (or null for all), $from, $to (dates or null; compared at the events' own precision), $kinds (EventKind values or null); the appended part reads $first and the filter's values ($p1, $p2, ...)
// leaves: candidates (a list of Event nodes, in no order); no row when $entityId is unknown
OPTIONAL MATCH (x:Entity {id: $entityId})
WITH x
WHERE $entityId IS NULL OR x IS NOT NULL
CALL (x) {
  MATCH (e:Event)
  WHERE (x IS NULL OR (e)-[:INVOLVES]->(x))
    AND ($kinds IS NULL OR e.kind IN $kinds)
    AND ($from IS NULL OR (e.date IS NOT NULL AND e.date >= left($from, size(e.date))))
    AND ($to IS NULL OR (e.date IS NOT NULL AND e.date <= left($to, size(e.date))))
  RETURN collect(e) AS candidates
}
WITH candidates
