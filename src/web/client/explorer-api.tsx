/** The explorer's reads, all through the public GraphQL API. */
import { createClient } from "graphql-ws";

export interface Citation {
  section: string;
  quote: string;
  offset: number;
}

export interface GraphNode {
  id: string;
  label: string;
  kind: string;
  isEvent: boolean;
  properties: Record<string, unknown> & { citations?: Citation[] };
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  properties: Record<string, unknown> & { citations?: Citation[] };
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface Money {
  amount: number | null;
  currency: string;
  usd: number | null;
  rate: { yenPerUsd: number; kind: string; period: string | null } | null;
}

export interface SearchHit {
  score: number;
  entity: { id: string; name: string; kind: string };
}

export class GraphqlClient {
  constructor(private readonly endpoint: string) {}

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(this.endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
    return body.data as T;
  }
}

const GRAPH_FIELDS = `
  truncated
  nodes { id label kind isEvent properties }
  edges { id source target type label properties }
`;

export async function search(api: GraphqlClient, text: string): Promise<SearchHit[]> {
  const q = `query ExplorerSearch($text: String!) { search(text: $text, first: 8) { score entity { id name kind } } }`;
  return (await api.request<{ search: SearchHit[] }>(q, { text })).search;
}

export async function neighborhood(
  api: GraphqlClient,
  id: string,
  asOf: string | null,
): Promise<Graph> {
  const q = `query ExplorerNeighborhood($id: ID!, $asOf: String) {
    neighborhood(id: $id, depth: 1, asOf: $asOf, limit: 60) { ${GRAPH_FIELDS} }
  }`;
  return (await api.request<{ neighborhood: Graph }>(q, { id, asOf })).neighborhood;
}

const MONEY = `amount currency usd rate { yenPerUsd kind period }`;

/** A financial figure's amount with its US-dollar value and the rate used; null for other kinds. */
export async function figureAmount(api: GraphqlClient, id: string): Promise<Money | null> {
  const q = `query ExplorerFigure($id: ID!) { entity(id: $id) { id ... on FinancialFigure { amount { ${MONEY} } } } }`;
  const data = await api.request<{ entity: { amount?: Money | null } | null }>(q, { id });
  return data.entity?.amount ?? null;
}

let eventAmounts: Promise<Map<string, Money | null>> | undefined;

/** Events' amounts in yen and US dollars, from `timeline` (read once per page). */
export async function eventAmount(api: GraphqlClient, id: string): Promise<Money | null> {
  eventAmounts ??= api
    .request<{ timeline: Array<{ id: string; amount: Money | null }> }>(
      `query ExplorerEventAmounts { timeline(first: 500) { id amount { ${MONEY} } } }`,
    )
    .then((d) => new Map(d.timeline.map((e) => [e.id, e.amount])));
  return (await eventAmounts).get(id) ?? null;
}

/** The dates the graph's events carry, in order, each once (the as-of slider's stops). */
export async function eventDates(api: GraphqlClient): Promise<string[]> {
  const data = await api.request<{ timeline: Array<{ date: string | null }> }>(
    `query ExplorerDates { timeline(first: 500) { date } }`,
  );
  return [...new Set(data.timeline.map((e) => e.date).filter((d): d is string => !!d))].sort();
}

/** The whole graph as /export/graph.json gives it (Cytoscape.js elements), as the explorer's Graph. */
export async function wholeGraph(): Promise<Graph> {
  const json = (await (await fetch("/export/graph.json")).json()) as {
    elements: Array<{ group: string; data: Record<string, unknown> }>;
    truncated: boolean;
  };
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const { group, data } of json.elements) {
    if (group === "nodes") {
      const { id, label, kind, isEvent, ...properties } = data;
      nodes.push({
        id: String(id),
        label: String(label),
        kind: String(kind),
        isEvent: Boolean(isEvent),
        properties,
      });
    } else {
      const { id, source, target, type, label, ...properties } = data;
      edges.push({
        id: String(id),
        source: String(source),
        target: String(target),
        type: String(type),
        label: String(label),
        properties,
      });
    }
  }
  return { nodes, edges, truncated: json.truncated };
}

/** One change record as the `changed` subscription sends it. */
export interface LiveChange {
  seq: number;
  cursor: string;
  actor: string;
  operation: "CREATE" | "UPDATE" | "DELETE" | "LOAD";
  itemKind: "ENTITY" | "RELATIONSHIP" | "EVENT" | "GRAPH";
  itemId: string;
  after: Record<string, unknown> | null;
}

/**
 * Follows the change log over WebSocket (graphql-ws at the GraphQL URL) from now on; after a dropped connection
 * it subscribes again after the last change it received, so none is missed or applied twice.
 */
export function followChanges(endpoint: string, onChange: (change: LiveChange) => void): void {
  let after: string | null = null;
  const client = createClient({
    url: endpoint.replace(/^http/, "ws"),
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: { closed: () => undefined },
  });
  const query = `subscription ExplorerLive($after: String) {
    changed(after: $after, kinds: [ENTITY, RELATIONSHIP, EVENT]) { seq cursor actor operation itemKind itemId after }
  }`;
  const subscribe = () =>
    client.subscribe<{ changed: LiveChange }>(
      { query, variables: { after } },
      {
        next: ({ data }) => {
          if (!data?.changed) return;
          after = data.changed.cursor;
          onChange(data.changed);
        },
        error: () => setTimeout(subscribe, 1000),
        complete: () => undefined,
      },
    );
  subscribe();
}
