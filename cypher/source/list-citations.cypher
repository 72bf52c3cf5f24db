// purpose: every citation of every entity, event, exchange rate and relationship (the /export/annotations.jsonld download)
// params: none
// returns: one row per cited item, ordered by kind and id: id, kind (ENTITY | EVENT | EXCHANGE_RATE | RELATIONSHIP), type, name, sections, quotes, offsets, urls (parallel lists; urls null or '' for the 20-F)
CALL {
  MATCH (x)
  WHERE (x:Entity OR x:Event OR x:ExchangeRate) AND x.citeQuote IS NOT NULL
  RETURN
    x.id AS id,
    CASE WHEN x:Event THEN 'EVENT' WHEN x:ExchangeRate THEN 'EXCHANGE_RATE' ELSE 'ENTITY' END AS kind,
    CASE WHEN x:ExchangeRate THEN 'ExchangeRate' ELSE x.kind END AS type,
    x.name AS name,
    x.citeSection AS sections,
    x.citeQuote AS quotes,
    x.citeOffset AS offsets,
    x.citeUrl AS urls
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE (a:Entity OR a:Event) AND r.citeQuote IS NOT NULL
  RETURN
    r.id AS id,
    'RELATIONSHIP' AS kind,
    type(r) AS type,
    a.name + ' ' + type(r) + ' ' + b.name AS name,
    r.citeSection AS sections,
    r.citeQuote AS quotes,
    r.citeOffset AS offsets,
    r.citeUrl AS urls
}
RETURN id, kind, type, name, sections, quotes, offsets, urls
ORDER BY kind, id
