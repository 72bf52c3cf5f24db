// purpose: range index for timelines ordered and filtered by date
// params: none
// returns: nothing
CREATE INDEX event_date IF NOT EXISTS
FOR (n:Event) ON (n.date)
