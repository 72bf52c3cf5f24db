// purpose: timeline of deals (investments, acquisitions, mergers, share exchanges, joint ventures, sales, agreements) with their participants and roles
// params: none
// returns: a table, one row per event in date order (dates at the source's precision; undated or fiscal-year-only events last, see note): date, kind, name, amount, currency, stake, participants, note
MATCH (e:Event)
WHERE e:Investment OR e:Acquisition OR e:Merger OR e:ShareExchange OR e:JointVentureFormation OR e:Sale OR e:Agreement
OPTIONAL MATCH (e)-[i:INVOLVES]->(x:Entity)
WITH e, collect(x.name + ' (' + i.role + ')') AS participants
RETURN e.date AS date, e.kind AS kind, e.name AS name, e.amount AS amount, e.amountCurrency AS currency, e.stake AS stake, participants, e.note AS note
ORDER BY coalesce(date, '9999') ASC, name ASC
