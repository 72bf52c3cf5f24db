// purpose: what cites each of some sentences: the entities, events and rates SUPPORTS points at, and the relationships a FROM end names by id (a sentence's `citedBy`, batched per request)
// params: $ids (sentence ids)
// returns: one row per sentence found: id, facts: [{id, kind: ENTITY | EVENT | EXCHANGE_RATE | RELATIONSHIP, type, name, from, to, quote, offset}] (unordered)
UNWIND $ids AS sentenceId
MATCH (s:Sentence {id: sentenceId})
RETURN
  sentenceId AS id,
  COLLECT {
    MATCH (s)-[sup:SUPPORTS {end: 'SELF'}]->(x)
    RETURN {
      id: x.id,
      kind: CASE WHEN x:Event THEN 'EVENT' WHEN x:ExchangeRate THEN 'EXCHANGE_RATE' ELSE 'ENTITY' END,
      type: CASE WHEN x:ExchangeRate THEN 'ExchangeRate' ELSE x.kind END,
      name: x.name,
      from: null,
      to: null,
      quote: sup.quote,
      offset: sup.offset
    } AS fact
    UNION
    MATCH (s)-[sup:SUPPORTS {end: 'FROM'}]->(a)-[r]->(b)
    WHERE r.id = sup.cites
    RETURN {
      id: r.id,
      kind: 'RELATIONSHIP',
      type: type(r),
      name: a.name + ' ' + type(r) + ' ' + b.name,
      from: a.id,
      to: b.id,
      quote: sup.quote,
      offset: sup.offset
    } AS fact
  } AS facts
