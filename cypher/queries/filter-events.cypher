// purpose: every event, for the `events` connection, a root statement: the translator appends the filter, the order, the aggregate, the page and the RETURN clause
// params: none of its own; the appended part reads $after (sort keys of the cursor, or null), $first, $withTotal and the filter's values ($p1, $p2, ...)
// leaves: e (each Event, in no order)
MATCH (e:Event)
