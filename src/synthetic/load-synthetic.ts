import type { GraphGateway } from "../graph/gateway";
import type { RelationshipRow } from "../seed/seed-rows";
import type { SyntheticGraph } from "./synthetic-graph.rules";

export interface SyntheticLoadResult {
  readonly nodes: number;
  readonly relationships: number;
  readonly events: number;
  readonly seconds: number;
  readonly relationshipsPerSecond: number;
}

/**
 * Loads a synthetic graph with the seed's own statements (cypher/seed/merge-*), `batchSize` rows per
 * write transaction, so memory stays flat and a batch that fails is retried alone by the driver.
 */
export async function loadSyntheticGraph(
  gateway: GraphGateway,
  graph: SyntheticGraph,
  progress: (line: string) => void,
  batchSize = 10000,
): Promise<SyntheticLoadResult> {
  const started = performance.now();
  const work = { operation: "seed-synthetic" };
  for (let i = 0; i < graph.entities.length; i += batchSize) {
    await gateway.write(
      "seed/merge-entities",
      { rows: graph.entities.slice(i, i + batchSize) },
      work,
    );
  }
  progress(`entities: ${graph.entities.length}`);

  const total = Object.values(graph.plan.counts).reduce((a, b) => a + b, 0);
  let loaded = 0;
  let lastReport = performance.now();
  let batch: RelationshipRow[] = [];
  const flush = async () => {
    await gateway.write("seed/merge-relationships", { rows: batch }, work);
    loaded += batch.length;
    batch = [];
    if (performance.now() - lastReport > 2000) {
      lastReport = performance.now();
      const rate = loaded / ((lastReport - started) / 1000);
      progress(`relationships: ${loaded}/${total} (${Math.round(rate)}/s)`);
    }
  };
  for (const row of graph.relationships()) {
    batch.push(row);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();

  for (let i = 0; i < graph.events.length; i += batchSize) {
    const rows = graph.events.slice(i, i + batchSize);
    await gateway.writeAll(
      [
        ["seed/merge-events", { rows }],
        ["seed/merge-event-participants", { rows }],
      ],
      work,
    );
    loaded += rows.reduce((n, e) => n + e.participants.length, 0);
  }
  const seconds = (performance.now() - started) / 1000;
  progress(
    `loaded ${graph.entities.length + graph.events.length} nodes, ${loaded} relationships in ${seconds.toFixed(1)} s`,
  );
  return {
    nodes: graph.entities.length + graph.events.length,
    relationships: loaded,
    events: graph.events.length,
    seconds,
    relationshipsPerSecond: Math.round(loaded / seconds),
  };
}
