import type { CypherName } from "../graph/cypher-registry";
import type { GraphGateway, Params } from "../graph/gateway";
import type { Seed } from "./seed-files";
import { seedRows } from "./seed-rows";
import { documentRows } from "../source/document-rows";


declare module "../graph/statement-rows" {
  interface StatementRows {
    "seed/count-nodes": { nodes: number };
  }
}

export interface LoadResult {
  readonly entities: number;
  readonly relationships: number;
  readonly events: number;
  readonly exchangeRates: number;
}

/**
 * A seed load's own transaction timeout. The per-request timeout (NEO4J_QUERY_TIMEOUT_MS) is sized for one
 * request; the seed's statements are planned for the first time by a server that has just started, which
 * takes seconds on a busy machine.
 */
export const SEED_LOAD_TIMEOUT_MS = 300_000;

/** What change 0 (the load's change record) names as its item: the source the seed is curated from. */
const SOURCE_FILE = "seed/source/iij-form-20f-fy2007-excerpt.txt";

/**
 * Loads the seed in one write transaction (UNWIND ... MERGE), the source document, its sections and sentences
 * and what each sentence supports included: an interrupted or failed load leaves the database as it was, and
 * loading twice changes nothing. The load is change 0 of the change log, one record for the whole load. `reset`
 * empties the graph first, in
 * the same transaction.
 */
export async function loadSeed(gateway: GraphGateway, seed: Seed, reset = false): Promise<LoadResult> {
  const rows = seedRows(seed);
  const source = documentRows(seed);
  const counts = {
    entities: rows.entities.length,
    relationships: rows.relationships.length + rows.events.reduce((n, e) => n + e.participants.length, 0),
    events: rows.events.length,
    exchangeRates: rows.exchangeRates.length,
  };
  const steps: Array<[CypherName, Params]> = [
      ...(reset ? [["seed/delete-all", {}] as [CypherName, Params]] : []),
      ["seed/merge-entities", { rows: rows.entities }],
      ["seed/merge-relationships", { rows: rows.relationships }],
      ["seed/merge-events", { rows: rows.events }],
      ["seed/merge-event-participants", { rows: rows.events }],
      ["seed/merge-exchange-rates", { rows: rows.exchangeRates }],
      ["seed/merge-document", { document: source.document, sections: source.sections }],
      ["seed/merge-sentences", { rows: source.sentences }],
      ["source/merge-supports", { rows: source.supports }],
      ["changes/record-load", { source: SOURCE_FILE, after: JSON.stringify(counts) }],
  ];
  await gateway.writeAll(steps, { operation: reset ? "seed-reset" : "seed", timeoutMs: SEED_LOAD_TIMEOUT_MS });
  return counts;
}

/** How long applySchema waits for new indexes to come online (a full-text index over a large graph fills slowly). */
const INDEXES_ONLINE_S = 300;

/** Applies every statement of cypher/schema/ (idempotent: IF NOT EXISTS), then waits until every index is online. */
export async function applySchema(gateway: GraphGateway, names: CypherName[]): Promise<void> {
  for (const name of names) await gateway.schema(name);
  await gateway.read(
    "seed/await-indexes",
    { seconds: INDEXES_ONLINE_S },
    { operation: "await-indexes", timeoutMs: (INDEXES_ONLINE_S + 10) * 1000 },
  );
}

/** True when the database holds no node at all. */
export async function isGraphEmpty(gateway: GraphGateway): Promise<boolean> {
  const [row] = await gateway.read("seed/count-nodes", {}, { operation: "seed-check" });
  return (row?.nodes ?? 0) === 0;
}
