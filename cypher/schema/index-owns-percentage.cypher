// purpose: range index for filters on stake percentages (`percentage: { gte }`, ...); measured in bench/results/indexes.md
// params: none
// returns: nothing
CREATE INDEX owns_percentage IF NOT EXISTS
FOR ()-[r:OWNS]-() ON (r.percentage)
