import type { ExportGraph } from "./cytoscape.rules";

type Domain = "node" | "edge";
type AttrType = "string" | "double" | "boolean";

interface Key {
  id: string;
  domain: Domain;
  name: string;
  type: AttrType;
}

/** Text safe inside an XML element or a double-quoted attribute. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(XML_FORBIDDEN, "");
}

/** The control characters XML 1.0 forbids: the C0 controls other than tab, line feed and carriage return. */
const XML_FORBIDDEN = /[^\P{Cc}\t\n\r\x7f-\x9f]/gu;

function attrType(value: unknown): AttrType {
  return typeof value === "number" ? "double" : typeof value === "boolean" ? "boolean" : "string";
}

function asText(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

/** Declares one key per attribute name and domain; a name seen with two types becomes a string. */
class Keys {
  private readonly byName = new Map<string, Key>();

  use(domain: Domain, name: string, value: unknown): Key {
    const mapKey = `${domain}:${name}`;
    const type = attrType(value);
    let key = this.byName.get(mapKey);
    if (!key) {
      key = { id: `${domain[0]}_${name}`, domain, name, type };
      this.byName.set(mapKey, key);
    } else if (key.type !== type) {
      key.type = "string";
    }
    return key;
  }

  all(): Key[] {
    return [...this.byName.values()];
  }
}

function dataOf(keys: Keys, domain: Domain, fields: Record<string, unknown>): string[] {
  return Object.entries(fields)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(
      ([name, v]) =>
        `      <data key="${xmlEscape(keys.use(domain, name, v).id)}">${xmlEscape(asText(v))}</data>`,
    );
}

/**
 * GraphML for Gephi and yEd: a directed graph, each node and edge with its label, kind / type
 * and every stored property as an attribute (lists and citations as JSON text).
 */
export function toGraphml(graph: ExportGraph): string {
  const keys = new Keys();
  const nodes = graph.nodes.map((n) => {
    const { id: _id, ...props } = n.properties;
    const data = dataOf(keys, "node", {
      label: n.label,
      kind: n.kind,
      isEvent: n.isEvent,
      ...props,
    });
    return [`    <node id="${xmlEscape(n.id)}">`, ...data, "    </node>"].join("\n");
  });
  const edges = graph.edges.map((e) => {
    const { id: _id, ...props } = e.properties;
    const data = dataOf(keys, "edge", { type: e.type, label: e.label, ...props });
    const open = `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`;
    return [open, ...data, "    </edge>"].join("\n");
  });
  const declared = keys
    .all()
    .map(
      (k) =>
        `  <key id="${xmlEscape(k.id)}" for="${k.domain}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`,
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...declared,
    '  <graph id="iij-knowledge-graph" edgedefault="directed">',
    ...nodes,
    ...edges,
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}
