// purpose: who supplies IIJ with what, and the share of IIJ's costs each supplier accounts for where the text gives it (NTT Communications: 66.2% of FY2007 domestic backbone costs)
// params: none
// returns: one row per SUPPLIES relationship: the path (supplier)-[:SUPPLIES]->(:Company {id: 'iij'}) plus supplier, what, costShare, fiscalYear; rows with a cost share first
MATCH p = (supplier)-[s:SUPPLIES]->(iij:Company {id: 'iij'})
RETURN p, supplier.name AS supplier, s.what AS what, s.costShare AS costShare, s.fiscalYear AS fiscalYear
ORDER BY coalesce(s.costShare, -1) DESC, supplier ASC
