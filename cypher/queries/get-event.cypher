// purpose: one event by id, a root statement (what a create or update of an event returns, read inside its transaction); the translator appends the RETURN clause the selection asks for
// params: $id
// leaves: e (the Event node); no row when there is none
MATCH (e:Event {id: $id})
