import {
  moneyOf,
  citationsOf,
  entityOf,
  type CitationRecord,
  type EntityRecord,
  type MoneyRecord,
} from "./records";
import type { RateBook } from "./rates.store";

type Props = Record<string, unknown>;

export interface EventRecord {
  id: string;
  kind: string;
  name: string;
  date: string | null;
  amount: MoneyRecord | null;
  stake: number | null;
  description: string | null;
  note: string | null;
  role: string | null;
  participants: Array<{ role: string; entity: EntityRecord }>;
  citations: CitationRecord[];
}

/** An event row ({event, participants, role?}) as the GraphQL layer sees it; money at the event date's rate. */
export function eventOf(
  row: { event: Props; participants: Array<{ role: string; entity: Props }>; role?: unknown },
  rates: RateBook,
): EventRecord {
  const e = row.event;
  const date = typeof e.date === "string" ? e.date : null;
  return {
    id: String(e.id),
    kind: String(e.kind),
    name: String(e.name ?? e.id),
    date,
    amount: moneyOf(e, rates.rateFor(date)),
    stake: typeof e.stake === "number" ? e.stake : null,
    description: typeof e.description === "string" ? e.description : null,
    note: typeof e.note === "string" ? e.note : null,
    role: typeof row.role === "string" ? row.role : null,
    participants: row.participants.map((p) => ({
      role: p.role,
      entity: entityOf(p.entity, rates.rateFor()),
    })),
    citations: citationsOf(e),
  };
}
