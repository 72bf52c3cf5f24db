import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { distinctById, toGraphEdge, toGraphNode, type EdgeRow } from "./graph.rules";
import type { GraphRecord } from "./traversal.store";

type Props = Record<string, unknown>;

declare module "../graph/statement-rows" {
  interface StatementRows {
    "queries/export-graph": { nodes: Props[]; edges: EdgeRow[] };
  }
}

/** Every entity and event (up to `limit`, by id) and the relationships among them. */
export async function exportGraph(db: RequestDb, limit: number): Promise<GraphRecord> {
  const [row] = await db.read("queries/export-graph", { limit: int(limit + 1) });
  const nodes = (row?.nodes ?? []).map(toGraphNode);
  const truncated = nodes.length > limit;
  const kept = truncated ? nodes.slice(0, limit) : nodes;
  const ids = new Set(kept.map((n) => n.id));
  const edges = (row?.edges ?? []).filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes: kept, edges: distinctById(edges.map(toGraphEdge)), truncated };
}
