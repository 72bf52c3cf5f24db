import type { GraphEdgeRecord, GraphNodeRecord } from "../domain/graph.rules";

export interface ExportGraph {
  nodes: readonly GraphNodeRecord[];
  edges: readonly GraphEdgeRecord[];
  truncated: boolean;
}

export interface CytoscapeElement {
  group: "nodes" | "edges";
  data: Record<string, unknown>;
}

export interface CytoscapeExport {
  elements: CytoscapeElement[];
  truncated: boolean;
}

/**
 * Cytoscape.js elements (`cy.add(json.elements)`): the stored properties spread into `data`, then
 * the core fields (id, label, kind / source, target, type), which win over a property of the same name.
 */
export function toCytoscape(graph: ExportGraph): CytoscapeExport {
  const nodes: CytoscapeElement[] = graph.nodes.map((n) => ({
    group: "nodes",
    data: { ...n.properties, id: n.id, label: n.label, kind: n.kind, isEvent: n.isEvent },
  }));
  const edges: CytoscapeElement[] = graph.edges.map((e) => ({
    group: "edges",
    data: {
      ...e.properties,
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      label: e.label,
    },
  }));
  return { elements: [...nodes, ...edges], truncated: graph.truncated };
}
