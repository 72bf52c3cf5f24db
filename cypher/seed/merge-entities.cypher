// purpose: creates or updates entity nodes (label Entity plus their kind label from a fixed list)
// params: $rows: [{id, label, props}]
// returns: merged
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n = row.props
SET n.aliasText = reduce(text = '', alias IN coalesce(row.props.aliases, []) | text + ' ' + alias)
RETURN count(n) AS merged
