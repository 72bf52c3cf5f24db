// purpose: the exchange-rate table: convenience rate, spot rates, fiscal-year and monthly rates
// params: $kinds: [CONVENIENCE | SPOT | FISCAL_YEAR | MONTH] or null for all
// returns: one row per rate: id, kind, period, start, end, rate, high, low, average, periodEnd, citeSection, citeQuote, citeOffset
MATCH (x:ExchangeRate)
WHERE $kinds IS NULL OR x.kind IN $kinds
RETURN x.id AS id, x.kind AS kind, coalesce(x.period, x.on) AS period, x.start AS start, x.end AS end,
       coalesce(x.rate, x.periodEnd) AS rate, x.high AS high, x.low AS low, x.average AS average,
       x.periodEnd AS periodEnd, x.citeSection AS citeSection, x.citeQuote AS citeQuote, x.citeOffset AS citeOffset
ORDER BY CASE x.kind WHEN 'CONVENIENCE' THEN 0 WHEN 'SPOT' THEN 1 WHEN 'FISCAL_YEAR' THEN 2 ELSE 3 END, x.start
