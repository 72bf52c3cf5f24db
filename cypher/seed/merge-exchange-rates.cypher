// purpose: creates or updates the exchange-rate rows (convenience rate, spot rates, period table)
// params: $rows: [{id, props}]
// returns: merged
UNWIND $rows AS row
MERGE (x:ExchangeRate {id: row.id})
SET x = row.props
RETURN count(x) AS merged
