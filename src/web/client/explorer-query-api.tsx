/** The explorer's Query panel reads: filters, orders and aggregates of the GraphQL API. */
import type { Citation, GraphEdge, GraphNode, GraphqlClient } from "./explorer-api";

/** The stakes a minimum percentage keeps: how many the API counts, and the relationships themselves. */
export interface StakeAnswer {
  count: number;
  edges: GraphEdge[];
}

/** One of the largest holders: an entity and the aggregates of its holdings. */
export interface Holder {
  id: string;
  name: string;
  kind: string;
  holdings: number;
  /** The sum of the percentages its stakes give (0 when none gives one). */
  percentageSum: number;
  /** False when none of its stakes gives a percentage. */
  percentageGiven: boolean;
}

/** One row of the competition-per-segment table (segment null: none named). */
export interface SegmentCount {
  segment: string | null;
  count: number;
}

interface RelationshipNode {
  id: string;
  type: string;
  source: string;
  target: string;
  label: string;
  properties: Record<string, unknown>;
  citations: Citation[];
}

/** Stakes per request: with their citations, 25 stay well inside the server's cost limit (MAX_COST). */
const PAGE = 25;
/** At most this many pages of stakes are drawn (the graph holds far fewer). */
const MAX_PAGES = 40;

/** OWNS relationships with a percentage of at least `min`, valid on `asOf` when given, every page. */
export async function stakesAtLeast(
  api: GraphqlClient,
  min: number,
  asOf: string | null,
): Promise<StakeAnswer> {
  const q = `query ExplorerStakes($min: Float!, $asOf: String, $after: String) {
    relationships(types: [OWNS], where: { percentage: { gte: $min } }, asOf: $asOf, first: ${PAGE}, after: $after) {
      aggregate { count }
      pageInfo { hasNextPage endCursor }
      edges { node { id type source target label properties citations { section quote offset } } }
    }
  }`;
  type Page = {
    relationships: {
      aggregate: { count: number };
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: RelationshipNode }>;
    };
  };
  const edges: GraphEdge[] = [];
  let after: string | null = null;
  let count = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { relationships: r }: Page = await api.request<Page>(q, { min, asOf, after });
    count = r.aggregate.count;
    edges.push(...r.edges.map(({ node }) => toGraphEdge(node)));
    if (!r.pageInfo.hasNextPage) break;
    after = r.pageInfo.endCursor;
  }
  return { count, edges };
}

function toGraphEdge(r: RelationshipNode): GraphEdge {
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    label: r.label,
    properties: { ...r.properties, citations: r.citations },
  };
}

/** The entities with these ids, drawn as the neighborhood draws them (`subgraph`, depth 0, 50 ids a call). */
export async function nodesOf(api: GraphqlClient, ids: string[]): Promise<GraphNode[]> {
  const q = `query ExplorerNodes($ids: [ID!]!) {
    subgraph(ids: $ids, depth: 0, limit: 1000) { nodes { id label kind isEvent properties } }
  }`;
  const nodes: GraphNode[] = [];
  for (let i = 0; i < ids.length; i += 50) {
    const data = await api.request<{ subgraph: { nodes: GraphNode[] } }>(q, {
      ids: ids.slice(i, i + 50),
    });
    nodes.push(...data.subgraph.nodes);
  }
  return nodes;
}

/** The entities whose stakes add up to the most percentage points, largest first (ties by id). */
export async function largestHolders(api: GraphqlClient, first = 10): Promise<Holder[]> {
  const q = `query ExplorerHolders($first: Int!) {
    entities(
      orderBy: [{ holdings: { percentage: { sum: DESC } } }]
      where: { holdings: { count: { gte: 1 } } }
      first: $first
    ) {
      edges { node { id name kind holdingsAggregate { count percentage { sum max } } } }
    }
  }`;
  type Node = {
    id: string;
    name: string;
    kind: string;
    holdingsAggregate: { count: number; percentage: { sum: number; max: number | null } };
  };
  const data = await api.request<{ entities: { edges: Array<{ node: Node }> } }>(q, { first });
  return data.entities.edges.map(({ node }) => ({
    id: node.id,
    name: node.name,
    kind: node.kind,
    holdings: node.holdingsAggregate.count,
    percentageSum: node.holdingsAggregate.percentage.sum,
    percentageGiven: node.holdingsAggregate.percentage.max !== null,
  }));
}

/** How many competition relationships each segment has (one counted once per segment it names). */
export async function competitionPerSegment(api: GraphqlClient): Promise<SegmentCount[]> {
  const q = `query ExplorerSegments {
    relationships(types: [COMPETES_WITH]) {
      aggregate { groupBy(by: [SEGMENT]) { key { segment } count } }
    }
  }`;
  type Group = { key: { segment: string | null }; count: number };
  const data = await api.request<{ relationships: { aggregate: { groupBy: Group[] } } }>(q);
  return data.relationships.aggregate.groupBy.map((g) => ({
    segment: g.key.segment,
    count: g.count,
  }));
}
