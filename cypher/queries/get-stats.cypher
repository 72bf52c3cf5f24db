// purpose: counts nodes per label and relationships per type (the `stats` query)
// params: none
// returns: nodes, relationships, labels: [{name, count}], relationshipTypes: [{name, count}]
CALL {
  MATCH (n)
  UNWIND labels(n) AS label
  WITH label, count(*) AS count
  ORDER BY label
  RETURN collect({name: label, count: count}) AS labels
}
CALL {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count
  ORDER BY type
  RETURN collect({name: type, count: count}) AS relationshipTypes
}
CALL {
  MATCH (n)
  RETURN count(n) AS nodes
}
// The total is the sum of the per-type counts, so one answer adds up while other transactions write.
RETURN
  nodes,
  reduce(total = 0, t IN relationshipTypes | total + t.count) AS relationships,
  labels,
  relationshipTypes
