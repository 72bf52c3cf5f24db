import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { NotFoundError } from "../errors";
import { RelationshipType } from "../schema/enums";
import {
  distinctById,
  toGraphEdge,
  toGraphNode,
  type EdgeRow,
  type GraphEdgeRecord,
  type GraphNodeRecord,
} from "./graph.rules";

type Props = Record<string, unknown>;

type RawPath = { nodes: Props[]; edges: EdgeRow[] };
/** Whether a path statement found both ends. */
type Ends = { fromFound: boolean; toFound: boolean };

declare module "../graph/statement-rows" {
  interface StatementRows {
    /** No row when the start is not found. */
    "queries/expand-neighborhood": { start: Props; nodes: Props[]; edges: EdgeRow[] };
    "queries/get-subgraph": { missing: string[]; nodes: Props[]; edges: EdgeRow[] };
    "queries/find-shortest-path": Ends & { path: RawPath | null };
    "queries/find-paths": Ends & { paths: RawPath[] };
  }
}

/**
 * The relationship types a traversal follows when it is given none: the facts of the graph. The source's own
 * (HAS_SECTION, HAS_SENTENCE, and SUPPORTS from a sentence to what it supports) are not facts, and following
 * SUPPORTS would lead a traversal out of the graph into the text.
 */
const FACT_TYPES: string[] = Object.values(RelationshipType);

export interface GraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

export interface PathRecord {
  nodes: GraphNodeRecord[];
  relationships: GraphEdgeRecord[];
  length: number;
}

export interface NeighborhoodParams {
  id: string;
  depth: number;
  types: string[] | null;
  direction: string;
  asOf: string | null;
  limit: number;
}

/** Entities and events within `depth` hops, and the relationships among them. */
export async function expandNeighborhood(
  db: RequestDb,
  p: NeighborhoodParams,
): Promise<GraphRecord> {
  const [row] = await db.read("queries/expand-neighborhood", {
    ...p,
    types: p.types ?? FACT_TYPES,
    limit: int(p.limit + 1),
  });
  if (!row) throw new NotFoundError("Entity", p.id);
  const nodes = row.nodes.map(toGraphNode);
  const truncated = nodes.length > p.limit + 1;
  const kept = truncated ? nodes.slice(0, p.limit + 1) : nodes;
  return { nodes: kept, edges: edgesAmong(kept, row.edges), truncated };
}

/** The given entities, their surroundings to `depth`, and the relationships among them all. */
export async function getSubgraph(
  db: RequestDb,
  ids: string[],
  depth: number,
  limit: number,
): Promise<GraphRecord> {
  const [row] = await db.read("queries/get-subgraph", { ids, depth, limit: int(limit + 1) });
  const missing = row?.missing ?? [];
  if (missing.length) throw new NotFoundError("Entity", missing.join(", "));
  const nodes = (row?.nodes ?? []).map(toGraphNode);
  const truncated = nodes.length > limit;
  const kept = truncated ? nodes.slice(0, limit) : nodes;
  return { nodes: kept, edges: edgesAmong(kept, row?.edges ?? []), truncated };
}

function edgesAmong(nodes: GraphNodeRecord[], rows: EdgeRow[]): GraphEdgeRecord[] {
  const ids = new Set(nodes.map((n) => n.id));
  return distinctById(rows.filter((e) => ids.has(e.source) && ids.has(e.target)).map(toGraphEdge));
}

export function pathOf(raw: RawPath): PathRecord {
  return {
    nodes: raw.nodes.map(toGraphNode),
    relationships: raw.edges.map(toGraphEdge),
    length: raw.edges.length,
  };
}

export interface PathParams {
  from: string;
  to: string;
  types: string[] | null;
  maxDepth: number;
}

function assertEnds<R extends Ends>(row: R | undefined, p: PathParams): asserts row is R {
  if (!row?.fromFound) throw new NotFoundError("Entity", p.from);
  if (!row.toFound) throw new NotFoundError("Entity", p.to);
}

/** One shortest path, or null when none exists within maxDepth. */
export async function findShortestPath(db: RequestDb, p: PathParams): Promise<PathRecord | null> {
  const [row] = await db.read("queries/find-shortest-path", { ...p, types: p.types ?? FACT_TYPES });
  assertEnds(row, p);
  return row.path ? pathOf(row.path) : null;
}

/** Simple paths, shortest first. */
export async function findPaths(
  db: RequestDb,
  p: PathParams,
  first: number,
): Promise<PathRecord[]> {
  const [row] = await db.read("queries/find-paths", {
    ...p,
    types: p.types ?? FACT_TYPES,
    first: int(first),
  });
  assertEnds(row, p);
  return row.paths.map(pathOf);
}
