// purpose: range index for filtering events by kind
// params: none
// returns: nothing
CREATE INDEX event_kind IF NOT EXISTS
FOR (n:Event) ON (n.kind)
