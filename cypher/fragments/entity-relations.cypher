// purpose: the relationship fields a GraphQL selection asks for, of the entity node `n`, up to three levels deep (owners of owners of owners), so that a query and its nested fields are one statement; included by get-entity, list-entities and search-entities
// params: $plan: [{types, direction (OUT | IN | BOTH), asOf, segment (or null), first, relKeys, otherKeys (the properties of the relationship and of the far end the selection needs, or null for all), children: [same shape, one level deeper]}]; [] for none
// returns: one list per plan item, in plan order: [{id, type, source, target, props, other (a map of all properties, or the values of relKeys / otherKeys in that order), nested: one list per child plan item}]
[s1 IN $plan | COLLECT {
  MATCH (n)-[r1]-(o1)
  WHERE type(r1) IN s1.types
    AND (s1.direction = 'BOTH' OR (s1.direction = 'OUT' AND startNode(r1) = n) OR (s1.direction = 'IN' AND endNode(r1) = n))
    AND (s1.asOf IS NULL OR ((r1.since IS NULL OR r1.since <= s1.asOf) AND (r1.until IS NULL OR r1.until > s1.asOf)))
    AND (s1.segment IS NULL OR s1.segment IN r1.segments)
  WITH r1, o1
  ORDER BY type(r1), o1.name, r1.id
  RETURN {
    id: r1.id, type: type(r1), source: startNode(r1).id, target: endNode(r1).id,
    props: CASE WHEN s1.relKeys IS NULL THEN properties(r1) ELSE [k IN s1.relKeys | r1[k]] END,
    other: CASE WHEN s1.otherKeys IS NULL THEN properties(o1) ELSE [k IN s1.otherKeys | o1[k]] END,
    nested: [s2 IN s1.children | COLLECT {
      MATCH (o1)-[r2]-(o2)
      WHERE type(r2) IN s2.types
        AND (s2.direction = 'BOTH' OR (s2.direction = 'OUT' AND startNode(r2) = o1) OR (s2.direction = 'IN' AND endNode(r2) = o1))
        AND (s2.asOf IS NULL OR ((r2.since IS NULL OR r2.since <= s2.asOf) AND (r2.until IS NULL OR r2.until > s2.asOf)))
        AND (s2.segment IS NULL OR s2.segment IN r2.segments)
      WITH r2, o2
      ORDER BY type(r2), o2.name, r2.id
      RETURN {
        id: r2.id, type: type(r2), source: startNode(r2).id, target: endNode(r2).id,
        props: CASE WHEN s2.relKeys IS NULL THEN properties(r2) ELSE [k IN s2.relKeys | r2[k]] END,
        other: CASE WHEN s2.otherKeys IS NULL THEN properties(o2) ELSE [k IN s2.otherKeys | o2[k]] END,
        nested: [s3 IN s2.children | COLLECT {
          MATCH (o2)-[r3]-(o3)
          WHERE type(r3) IN s3.types
            AND (s3.direction = 'BOTH' OR (s3.direction = 'OUT' AND startNode(r3) = o2) OR (s3.direction = 'IN' AND endNode(r3) = o2))
            AND (s3.asOf IS NULL OR ((r3.since IS NULL OR r3.since <= s3.asOf) AND (r3.until IS NULL OR r3.until > s3.asOf)))
            AND (s3.segment IS NULL OR s3.segment IN r3.segments)
          WITH r3, o3
          ORDER BY type(r3), o3.name, r3.id
          RETURN {
            id: r3.id, type: type(r3), source: startNode(r3).id, target: endNode(r3).id,
            props: CASE WHEN s3.relKeys IS NULL THEN properties(r3) ELSE [k IN s3.relKeys | r3[k]] END,
            other: CASE WHEN s3.otherKeys IS NULL THEN properties(o3) ELSE [k IN s3.otherKeys | o3[k]] END,
            nested: []
          }
        }[0..s3.first]]
      }
    }[0..s2.first]]
  }
}[0..s1.first]]
