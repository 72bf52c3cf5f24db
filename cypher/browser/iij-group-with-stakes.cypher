// purpose: IIJ's corporate group: every company IIJ owns or owned (up to three OWNS hops), with the joint-venture partners of those companies
// params: none
// returns: paths (:Company {id: 'iij'})-[:OWNS*]->(:Company) and (partner)-[:PARTNER_IN]->(venture); stake, consolidation, since/until/asOf and current sit on the OWNS relationships
MATCH p = (iij:Company {id: 'iij'})-[:OWNS*1..3]->(member:Company)
OPTIONAL MATCH jv = (partner:Company)-[:PARTNER_IN]->(member)
RETURN p, jv
