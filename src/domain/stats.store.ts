import type { RequestDb } from "../graph/request-db";

export interface StatsRecord {
  nodes: number;
  relationships: number;
  labels: Array<{ name: string; count: number }>;
  relationshipTypes: Array<{ name: string; count: number }>;
}

/** Counts per label and relationship type. */
export async function getStats(db: RequestDb): Promise<StatsRecord> {
  const [row] = await db.read("queries/get-stats");
  return row as unknown as StatsRecord;
}
