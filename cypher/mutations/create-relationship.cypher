// purpose: creates a relationship between two stored entities unless its id is stored; the type comes from a fixed list
// params: $id, $type (a RelationshipType value other than INVOLVES, checked by the store), $from, $to, $props (all properties)
// returns: relationship: {id, type, source, target, props}, or no row when an end is missing
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MERGE (a)-[r:$($type) {id: $id}]->(b)
ON CREATE SET r = $props
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, props: properties(r)} AS relationship
