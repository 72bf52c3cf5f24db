import type { Citation } from "./seed-schema";
import type { Seed } from "./seed-files";

export interface SeedProblem {
  readonly file: string;
  readonly item: string;
  readonly field: string;
  readonly message: string;
}

/** True when `quote` stands verbatim at `offset` of `source` (offsets count UTF-16 code units). */
export function quoteAt(source: string, c: Citation): boolean {
  return source.substr(c.offset, c.quote.length) === c.quote;
}

interface Cited {
  readonly id: string;
  readonly citations: Citation[];
}

/** Checks what a schema cannot: unique ids, endpoints that exist, no self-ownership, quotes at offsets. */
export function crossCheck(seed: Seed): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const seen = new Map<string, string>();
  const groups: Array<[string, ReadonlyArray<Cited>]> = [
    ["entities.yaml", seed.entities],
    ["risk-factors.yaml", seed.riskFactors],
    ["figures.yaml", seed.figures],
    ["relationships.yaml", seed.relationships],
    ["events.yaml", seed.events],
    [
      "exchange-rates.yaml",
      [seed.exchangeRates.convenienceRate, ...seed.exchangeRates.spotRates, ...seed.exchangeRates.periods],
    ],
  ];
  for (const [file, items] of groups) {
    for (const item of items) {
      const earlier = seen.get(item.id);
      if (earlier) problems.push({ file, item: item.id, field: "id", message: `duplicate id (also in ${earlier})` });
      seen.set(item.id, file);
      item.citations.forEach((c, i) => {
        if (!quoteAt(seed.source, c)) {
          problems.push({
            file,
            item: item.id,
            field: `citations.${i}`,
            message: `quote not found at offset ${c.offset}: "${c.quote.slice(0, 60)}"`,
          });
        }
      });
    }
  }

  const nodeIds = new Set([
    ...seed.entities.map((e) => e.id),
    ...seed.riskFactors.map((r) => r.id),
    ...seed.figures.map((f) => f.id),
  ]);
  const entityIds = new Set(seed.entities.map((e) => e.id));
  const need = (ok: boolean, file: string, item: string, field: string, id: string) => {
    if (!ok) problems.push({ file, item, field, message: `unknown entity "${id}"` });
  };
  for (const r of seed.relationships) {
    need(nodeIds.has(r.from), "relationships.yaml", r.id, "from", r.from);
    need(nodeIds.has(r.to), "relationships.yaml", r.id, "to", r.to);
    if (r.from === r.to) {
      problems.push({ file: "relationships.yaml", item: r.id, field: "to", message: "an entity cannot relate to itself" });
    }
  }
  for (const e of seed.events) {
    e.participants.forEach((p, i) =>
      need(entityIds.has(p.entity), "events.yaml", e.id, `participants.${i}.entity`, p.entity),
    );
  }
  for (const r of seed.riskFactors) {
    r.concerns.forEach((id, i) => need(entityIds.has(id), "risk-factors.yaml", r.id, `concerns.${i}`, id));
  }
  for (const f of seed.figures) need(entityIds.has(f.subject), "figures.yaml", f.id, "subject", f.subject);
  problems.push(...ownershipTotals(seed));
  return problems;
}

/** No company is owned more than 100% in total at one date. */
export function ownershipTotals(seed: Seed): SeedProblem[] {
  const totals = new Map<string, number>();
  for (const r of seed.relationships) {
    if (r.type !== "OWNS" || r.properties.percentage == null) continue;
    const key = `${r.to}@${r.properties.asOf ?? r.properties.since ?? ""}`;
    totals.set(key, (totals.get(key) ?? 0) + r.properties.percentage);
  }
  const problems: SeedProblem[] = [];
  for (const [key, total] of totals) {
    if (total > 100.0001) {
      problems.push({
        file: "relationships.yaml",
        item: key,
        field: "properties.percentage",
        message: `owned ${total}% in total at one date (more than 100%)`,
      });
    }
  }
  return problems;
}
