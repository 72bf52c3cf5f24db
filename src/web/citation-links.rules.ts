import type { GraphEdgeRecord, GraphNodeRecord, LinkedCitation } from "../domain/graph.rules";

/** The site's address as the request reached it (`http://host:port`): what a link in a downloaded file starts with. */
export interface RequestLike {
  protocol: string;
  get(name: "host"): string | undefined;
}

export function siteBase(req: RequestLike): string {
  return `${req.protocol}://${req.get("host") ?? "localhost"}`;
}

type Item = GraphNodeRecord | GraphEdgeRecord;

/**
 * The graph with every citation link made absolute (`<base>/source#offset-N`), for a file read away from the
 * server; links to other sources are absolute already.
 */
export function withAbsoluteLinks<G extends { nodes: readonly Item[]; edges: readonly Item[] }>(
  graph: G,
  base: string,
): G {
  const linked = <T extends Item>(item: T): T => {
    const citations = item.properties.citations;
    if (!Array.isArray(citations)) return item;
    return {
      ...item,
      properties: {
        ...item.properties,
        citations: (citations as LinkedCitation[]).map((c) =>
          c.link?.startsWith("/") ? { ...c, link: `${base}${c.link}` } : c,
        ),
      },
    };
  };
  return { ...graph, nodes: graph.nodes.map(linked), edges: graph.edges.map(linked) };
}
