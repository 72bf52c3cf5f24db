// purpose: creates or updates event nodes (label Event plus their kind label from a fixed list)
// params: $rows: [{id, label, props}]
// returns: merged
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e:$(row.label)
SET e = row.props
RETURN count(e) AS merged
