// purpose: creates or updates relationships between existing nodes (type from a fixed list)
// params: $rows: [{id, type, from, to, props}]
// returns: merged
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
RETURN count(r) AS merged
