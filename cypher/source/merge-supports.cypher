// purpose: links each sentence to what cites it (the seed load, and each write that adds citations: src/domain/supports.store.ts): (:Sentence)-[:SUPPORTS {cites, end: 'SELF'}]->(entity, event or exchange rate) for a node's citation; a relationship's citation gives a SUPPORTS to each of its ends, {cites: <relationship id>, relationshipType, end: 'FROM' | 'TO'}
// params: $rows: [{sentence, target, cites, relationshipType, end, quote, offset}]
// returns: supports
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
CALL (row) {
  MATCH (x:Entity {id: row.target})
  RETURN x
  UNION
  MATCH (x:Event {id: row.target})
  RETURN x
  UNION
  MATCH (x:ExchangeRate {id: row.target})
  RETURN x
}
MERGE (s)-[sup:SUPPORTS {cites: row.cites, end: row.end, offset: row.offset}]->(x)
SET sup.quote = row.quote, sup.relationshipType = row.relationshipType
RETURN count(sup) AS supports
