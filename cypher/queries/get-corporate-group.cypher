// purpose: the group tree below an entity: every holding reached through OWNS, each member once at its shortest link, preferring a current holding with a known stake (the `corporateGroup` query), a root statement: the translator appends the RETURN clause the selection asks for
// params: $id, $asOf (date or null)
// leaves: root (the Entity node), members: [{member (Entity node), r (the OWNS relationship from its direct parent), depth, stakes (the percentages along the path)}] nearest first, then by id; no row when there is no such entity
MATCH (root:Entity {id: $id})
CALL (root) {
  MATCH p = (root)-[rels:OWNS*1..6]->(member:Entity)
  WHERE all(r IN rels WHERE $asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
    AND NOT root IN nodes(p)[1..]
  WITH member, p, rels, last(rels) AS r
  ORDER BY length(p), member.id, coalesce(r.former, false), r.until IS NOT NULL, r.percentage IS NULL, r.id
  // The first path of each member in that order is the one it is shown at.
  WITH member, head(collect({r: r, depth: length(p), stakes: [x IN rels | x.percentage]})) AS best
  ORDER BY best.depth, member.id
  RETURN collect({member: member, r: best.r, depth: best.depth, stakes: best.stakes}) AS members
}
WITH root, members
