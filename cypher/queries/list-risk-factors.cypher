// purpose: the risk factors of Item 3.D in source order, optionally those concerning one entity (the `riskFactors` query), a root statement: the translator appends the RETURN clause the selection asks for
// params: $concerning (entity id or null)
// leaves: one row per risk factor in source order: risk (the RiskFactor node)
MATCH (risk:RiskFactor)
WHERE $concerning IS NULL OR (risk)-[:CONCERNS]->(:Entity {id: $concerning})
WITH risk
ORDER BY risk.citeOffset[0]
