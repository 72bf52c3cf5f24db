// purpose: the risk factors of Item 3.D, optionally those concerning one entity, with the entities each concerns (the `riskFactors` query)
// params: $concerning (entity id or null)
// returns: one row per risk factor in source order: risk (node properties), concerns: [node properties]
MATCH (risk:RiskFactor)
WHERE $concerning IS NULL OR (risk)-[:CONCERNS]->(:Entity {id: $concerning})
RETURN risk {.*} AS risk,
       COLLECT {
         MATCH (risk)-[:CONCERNS]->(c:Entity)
         RETURN c {.*} AS concern
         ORDER BY c.name
       } AS concerns
ORDER BY risk.citeOffset[0]
