import type { RequestDb } from "../graph/request-db";

export interface StatsRecord {
  nodes: number;
  relationships: number;
  labels: Array<{ name: string; count: number }>;
  relationshipTypes: Array<{ name: string; count: number }>;
}

declare module "../graph/statement-rows" {
  interface StatementRows {
    "queries/get-stats": StatsRecord;
  }
}

/** Counts per label and relationship type. */
export async function getStats(db: RequestDb): Promise<StatsRecord> {
  const [row] = await db.read("queries/get-stats");
  return row!;
}
