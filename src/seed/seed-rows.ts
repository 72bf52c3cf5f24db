import type { Seed } from "./seed-files";
import type { Citation, Money } from "./seed-schema";

/** Citations as parallel arrays: Neo4j properties cannot hold maps. */
export function citationProps(citations: Citation[]) {
  return {
    citeSection: citations.map((c) => c.section),
    citeQuote: citations.map((c) => c.quote),
    citeOffset: citations.map((c) => c.offset),
  };
}

/** Money as flat properties with a prefix: `amount`, `amountCurrency`, `amountApproximate`, ... */
export function moneyProps(m: Money | undefined, prefix = "amount") {
  if (!m) return {};
  return {
    [prefix]: m.amount ?? null,
    [`${prefix}Currency`]: m.currency,
    [`${prefix}Approximate`]: m.approximate ?? null,
    [`${prefix}Uncertain`]: m.uncertain ?? null,
    [`${prefix}Raw`]: m.raw ?? null,
  };
}

export interface NodeRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
}
export interface RelationshipRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
export interface EventRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
  participants: Array<{ entity: string; role: string }>;
}

export interface SeedRows {
  entities: NodeRow[];
  relationships: RelationshipRow[];
  events: EventRow[];
  exchangeRates: Array<{ id: string; props: Record<string, unknown> }>;
}

/**
 * Turns the validated seed into parameter rows for cypher/seed/. Risk factors and financial figures
 * become entities; their links (CONCERNS, HAS_FIGURE) carry the item's own citations.
 */
export function seedRows(seed: Seed): SeedRows {
  const entities: NodeRow[] = [
    ...seed.entities.map(({ citations, kind, aliases, note, ...rest }) => ({
      id: rest.id,
      label: kind,
      props: { ...rest, kind, aliases, note: note ?? null, ...citationProps(citations) },
    })),
    ...seed.riskFactors.map(({ citations, concerns: _concerns, ...rest }) => ({
      id: rest.id,
      label: "RiskFactor",
      props: { ...rest, kind: "RiskFactor", aliases: [], ...citationProps(citations) },
    })),
    ...seed.figures.map(({ citations, amount, subject: _subject, ...rest }) => ({
      id: rest.id,
      label: "FinancialFigure",
      props: { ...rest, kind: "FinancialFigure", aliases: [], ...moneyProps(amount), ...citationProps(citations) },
    })),
  ];

  const relationships: RelationshipRow[] = [
    ...seed.relationships.map((r) => {
      const { amount, ...props } = r.properties;
      return {
        id: r.id,
        type: r.type,
        from: r.from,
        to: r.to,
        props: { id: r.id, ...props, ...moneyProps(amount), ...citationProps(r.citations) },
      };
    }),
    ...seed.riskFactors.flatMap((risk) =>
      risk.concerns.map((target) => ({
        id: `${risk.id}--concerns--${target}`,
        type: "CONCERNS",
        from: risk.id,
        to: target,
        props: { id: `${risk.id}--concerns--${target}`, ...citationProps(risk.citations) },
      })),
    ),
    ...seed.figures.map((f) => ({
      id: `${f.subject}--has-figure--${f.id}`,
      type: "HAS_FIGURE",
      from: f.subject,
      to: f.id,
      props: { id: `${f.subject}--has-figure--${f.id}`, ...citationProps(f.citations) },
    })),
  ];

  const events: EventRow[] = seed.events.map(({ citations, participants, amount, kind, ...rest }) => ({
    id: rest.id,
    label: kind,
    props: { ...rest, kind, ...moneyProps(amount), ...citationProps(citations) },
    participants,
  }));

  const r = seed.exchangeRates;
  const exchangeRates = [
    {
      id: r.convenienceRate.id,
      props: {
        id: r.convenienceRate.id,
        kind: "CONVENIENCE",
        name: `Convenience rate ¥${r.convenienceRate.rate} per US$1.00 (${r.convenienceRate.on})`,
        rate: r.convenienceRate.rate,
        on: r.convenienceRate.on,
        start: r.convenienceRate.on,
        end: r.convenienceRate.on,
        ...citationProps(r.convenienceRate.citations),
      },
    },
    ...r.spotRates.map((s) => ({
      id: s.id,
      props: {
        id: s.id,
        kind: "SPOT",
        name: `Noon buying rate ¥${s.rate} (${s.on})`,
        rate: s.rate,
        on: s.on,
        start: s.on,
        end: s.on,
        ...citationProps(s.citations),
      },
    })),
    ...r.periods.map(({ citations, note, ...p }) => ({
      id: p.id,
      props: { ...p, note: note ?? null, name: `Noon buying rates ${p.period}`, ...citationProps(citations) },
    })),
  ];
  return { entities, relationships, events, exchangeRates };
}
