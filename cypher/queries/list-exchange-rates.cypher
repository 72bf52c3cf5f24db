// purpose: the exchange-rate table: convenience rate, spot rates, fiscal-year and monthly rates
// params: $kinds: [CONVENIENCE | SPOT | FISCAL_YEAR | MONTH] or null for all
// returns: one row per rate: rate (its stored properties; rates.store.ts reads them as the ExchangeRate type does)
MATCH (x:ExchangeRate)
WHERE $kinds IS NULL OR x.kind IN $kinds
RETURN x {.*} AS rate
ORDER BY CASE x.kind WHEN 'CONVENIENCE' THEN 0 WHEN 'SPOT' THEN 1 WHEN 'FISCAL_YEAR' THEN 2 ELSE 3 END, x.start
