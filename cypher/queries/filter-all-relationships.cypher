// purpose: every relationship of the graph valid on a date (or all), for the `relationships` connection asked for every type and neither end, a root statement: the translator appends the filter, the order, the aggregate, the page and the RETURN clause
// params: $types (every RelationshipType value: not the source's SUPPORTS, HAS_SECTION, HAS_SENTENCE), $asOf (date or null); the appended part reads $after (sort keys of the cursor, or null), $first, $withTotal and the filter's values ($p1, $p2, ...)
// leaves: r (each relationship that qualifies, in no order)
MATCH ()-[r]->()
WHERE type(r) IN $types
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
