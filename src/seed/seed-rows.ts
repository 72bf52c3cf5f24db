import type { Seed } from "./seed-files";
import { citationProperties, moneyProperties } from "../model/stored-values";

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
      props: { ...rest, kind, aliases, note: note ?? null, ...citationProperties(citations) },
    })),
    ...seed.riskFactors.map(({ citations, concerns: _concerns, ...rest }) => ({
      id: rest.id,
      label: "RiskFactor",
      props: { ...rest, kind: "RiskFactor", aliases: [], ...citationProperties(citations) },
    })),
    ...seed.figures.map(({ citations, amount, subject: _subject, ...rest }) => ({
      id: rest.id,
      label: "FinancialFigure",
      props: { ...rest, kind: "FinancialFigure", aliases: [], ...moneyProperties(amount), ...citationProperties(citations) },
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
        props: { id: r.id, ...props, ...moneyProperties(amount), ...citationProperties(r.citations) },
      };
    }),
    ...seed.riskFactors.flatMap((risk) =>
      risk.concerns.map((target) => ({
        id: `${risk.id}--concerns--${target}`,
        type: "CONCERNS",
        from: risk.id,
        to: target,
        props: { id: `${risk.id}--concerns--${target}`, ...citationProperties(risk.citations) },
      })),
    ),
    ...seed.figures.map((f) => ({
      id: `${f.subject}--has-figure--${f.id}`,
      type: "HAS_FIGURE",
      from: f.subject,
      to: f.id,
      props: { id: `${f.subject}--has-figure--${f.id}`, ...citationProperties(f.citations) },
    })),
  ];

  const events: EventRow[] = seed.events.map(({ citations, participants, amount, kind, ...rest }) => ({
    id: rest.id,
    label: kind,
    props: { ...rest, kind, ...moneyProperties(amount), ...citationProperties(citations) },
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
        ...citationProperties(r.convenienceRate.citations),
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
        ...citationProperties(s.citations),
      },
    })),
    ...r.periods.map(({ citations, note, ...p }) => ({
      id: p.id,
      props: { ...p, note: note ?? null, name: `Noon buying rates ${p.period}`, ...citationProperties(citations) },
    })),
  ];
  return { entities, relationships, events, exchangeRates };
}
