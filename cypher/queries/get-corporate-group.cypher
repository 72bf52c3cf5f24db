// purpose: the group tree below an entity: every holding reached through OWNS, with its direct parent, stake and consolidation (the `corporateGroup` query)
// params: $id, $asOf (date or null)
// returns: one row: root (node properties) or no row, members: [{entity, parentId, relationshipId, percentage, consolidation, includesAffiliates, depth, stakes, props}]
MATCH (root:Entity {id: $id})
CALL (root) {
  MATCH p = (root)-[rels:OWNS*1..6]->(member:Entity)
  WHERE all(r IN rels WHERE $asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
    AND NOT root IN nodes(p)[1..]
  WITH member, p, rels, last(rels) AS r
  ORDER BY length(p), member.id, coalesce(r.former, false), r.until IS NOT NULL, r.percentage IS NULL, r.id
  RETURN collect({
    entity: member {.*},
    parentId: startNode(r).id,
    relationshipId: r.id,
    depth: length(p),
    stakes: [x IN rels | x.percentage],
    props: properties(r)
  }) AS members
}
RETURN root {.*} AS root, members
