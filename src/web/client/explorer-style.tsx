import type { StylesheetJson } from "cytoscape";

/** Colour and shape per kind; events share one shape and are told apart by colour. */
export const KIND_STYLE: Record<string, { color: string; shape: string }> = {
  Company: { color: "#2f6fb3", shape: "round-rectangle" },
  Person: { color: "#d9822b", shape: "ellipse" },
  GovernmentBody: { color: "#7a4fb5", shape: "hexagon" },
  RiskFactor: { color: "#c23b3b", shape: "triangle" },
  FinancialFigure: { color: "#2e9b6a", shape: "tag" },
};
export const EVENT_STYLE = { color: "#8c8c2a", shape: "diamond" };

export function styleOf(kind: string, isEvent: boolean): { color: string; shape: string } {
  return KIND_STYLE[kind] ?? (isEvent ? EVENT_STYLE : { color: "#777777", shape: "ellipse" });
}

export const EDGE_COLORS: Record<string, string> = {
  OWNS: "#2f6fb3",
  SUPPLIES: "#2e9b6a",
  COMPETES_WITH: "#c23b3b",
  INVOLVES: "#9a9a9a",
  CONCERNS: "#d08c8c",
};

export function cyStyle(): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "background-color": "data(color)",
        shape: "data(shape)" as never,
        width: 28,
        height: 28,
        "font-size": 10,
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-wrap": "ellipsis",
        "text-max-width": "120px",
        color: "#1d2730",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.7,
      },
    },
    {
      selector: "node.centre",
      style: { width: 40, height: 40, "border-width": 3, "border-color": "#1d2730" },
    },
    { selector: "node.expanded", style: { "border-width": 2, "border-color": "#555" } },
    // Changed elsewhere a moment ago (a live update).
    { selector: ".live-changed", style: { "overlay-color": "#f5a623", "overlay-opacity": 0.35 } },
    {
      selector: "edge",
      style: {
        // Edge labels only where they can be read: at a readable zoom (.labelled), on hover, when selected.
        label: "",
        width: 1.5,
        "line-color": "data(color)",
        "target-arrow-color": "data(color)",
        "target-arrow-shape": "triangle",
        "curve-style": "bezier",
        "font-size": 8,
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        color: "#333",
      },
    },
    { selector: "edge.labelled, edge.hover, edge:selected", style: { label: "data(label)" } },
    { selector: ".hidden", style: { display: "none" } },
    {
      selector: ":selected",
      style: {
        "border-width": 4,
        "border-color": "#f2b01e",
        "line-color": "#f2b01e",
        "target-arrow-color": "#f2b01e",
      },
    },
  ];
}
