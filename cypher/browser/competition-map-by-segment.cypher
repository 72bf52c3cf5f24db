// purpose: IIJ's named competitors grouped by business segment (connectivity, value-added services, systems integration; UNSPECIFIED where the text names no segment)
// params: none
// returns: one row per competitor and segment: segment, competitor, and the path (competitor)-[:COMPETES_WITH]->(:Company {id: 'iij'})
MATCH p = (competitor)-[c:COMPETES_WITH]->(iij:Company {id: 'iij'})
UNWIND coalesce(c.segments, ['UNSPECIFIED']) AS segment
RETURN segment, competitor.name AS competitor, p
ORDER BY segment ASC, competitor ASC
