import type { ExportGraph } from "./cytoscape.rules";

/** Which CSV: one file with a `record` column, or the node / relationship file of `neo4j-admin database import`. */
export type CsvPart = "all" | "nodes" | "edges";

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text =
    typeof value === "string"
      ? value
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: ReadonlyArray<readonly unknown[]>): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * The graph as CSV. `nodes` / `edges` use neo4j-admin import headers (`id:ID`, `:LABEL`,
 * `:START_ID`, `:END_ID`, `:TYPE`); `all` puts both in one table, told apart by `record`.
 * `properties` is the JSON of the stored properties, citations included.
 */
export function toCsv(graph: ExportGraph, part: CsvPart): string {
  const labels = (n: ExportGraph["nodes"][number]) => `${n.isEvent ? "Event" : "Entity"};${n.kind}`;
  if (part === "nodes") {
    return csv([
      ["id:ID", "name", "kind", ":LABEL", "properties"],
      ...graph.nodes.map((n) => [n.id, n.label, n.kind, labels(n), n.properties]),
    ]);
  }
  if (part === "edges") {
    return csv([
      [":START_ID", ":END_ID", ":TYPE", "id", "label", "properties"],
      ...graph.edges.map((e) => [e.source, e.target, e.type, e.id, e.label, e.properties]),
    ]);
  }
  return csv([
    ["record", "id", "label", "kind", "source", "target", "type", "properties"],
    ...graph.nodes.map((n) => ["node", n.id, n.label, n.kind, "", "", "", n.properties]),
    ...graph.edges.map((e) => [
      "edge",
      e.id,
      e.label,
      "",
      e.source,
      e.target,
      e.type,
      e.properties,
    ]),
  ]);
}
