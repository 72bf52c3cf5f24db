import { XMLParser } from "fast-xml-parser";
import { toGraphNode } from "../../src/domain/graph.rules";
import { withAbsoluteLinks } from "../../src/web/citation-links.rules";
import { csvField, toCsv } from "../../src/web/csv.rules";
import { toCytoscape, type ExportGraph } from "../../src/web/cytoscape.rules";
import { toGraphml, xmlEscape } from "../../src/web/graphml.rules";

const graph: ExportGraph = {
  nodes: [
    {
      id: "ntt",
      label: "NTT",
      kind: "Company",
      isEvent: false,
      properties: { id: "ntt", name: "NTT", aliases: ["Nippon Telegraph"] },
    },
    {
      id: "iij",
      label: "Internet Initiative Japan Inc.",
      kind: "Company",
      isEvent: false,
      properties: {
        id: "iij",
        name: 'IIJ, "the Company"',
        citations: [{ section: "Item 4", quote: "IIJ <is> a pioneer", offset: 12 }],
      },
    },
  ],
  edges: [
    {
      id: "owns-ntt-iij",
      source: "ntt",
      target: "iij",
      type: "OWNS",
      label: "OWNS 29.7%",
      properties: { id: "owns-ntt-iij", percentage: 29.7, includesAffiliates: true },
    },
  ],
  truncated: false,
};

describe("toCytoscape", () => {
  it("gives nodes and edges as elements with the core fields in data", () => {
    const { elements, truncated } = toCytoscape(graph);
    expect(truncated).toBe(false);
    expect(elements.filter((e) => e.group === "nodes").map((e) => e.data.id)).toEqual([
      "ntt",
      "iij",
    ]);
    const edge = elements.find((e) => e.group === "edges")!;
    expect(edge.data).toMatchObject({
      id: "owns-ntt-iij",
      source: "ntt",
      target: "iij",
      type: "OWNS",
      label: "OWNS 29.7%",
      percentage: 29.7,
    });
  });
});

describe("toGraphml", () => {
  it("writes well-formed GraphML with typed keys and escaped text", () => {
    const xml = toGraphml(graph);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
    const g = doc.graphml.graph;
    expect(g["@edgedefault"]).toBe("directed");
    expect(g.node.map((n: { "@id": string }) => n["@id"])).toEqual(["ntt", "iij"]);
    expect(g.edge["@source"]).toBe("ntt");
    const keys = doc.graphml.key as Array<Record<string, string>>;
    expect(keys.find((k) => k["@attr.name"] === "percentage")?.["@attr.type"]).toBe("double");
    expect(xml).toContain("IIJ &lt;is&gt; a pioneer");
    expect(xml).toContain("OWNS 29.7%");
  });

  it("escapes markup characters", () => {
    expect(xmlEscape(`a<b>&"c"`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;");
  });
});

describe("toCsv", () => {
  it("quotes fields with commas, quotes and line breaks", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField(null)).toBe("");
    expect(csvField(["x", 1])).toBe('"[""x"",1]"');
  });

  it("writes neo4j-admin import headers for the node and edge parts", () => {
    const nodes = toCsv(graph, "nodes").split("\r\n");
    expect(nodes[0]).toBe("id:ID,name,kind,:LABEL,properties");
    expect(nodes[1]).toMatch(/^ntt,NTT,Company,Entity;Company,/);
    const edges = toCsv(graph, "edges").split("\r\n");
    expect(edges[0]).toBe(":START_ID,:END_ID,:TYPE,id,label,properties");
    expect(edges[1]).toMatch(/^ntt,iij,OWNS,owns-ntt-iij,OWNS 29.7%,/);
  });

  it("puts nodes and edges in one table told apart by record", () => {
    const lines = toCsv(graph, "all").trim().split("\r\n");
    expect(lines[0]).toBe("record,id,label,kind,source,target,type,properties");
    expect(lines.map((l) => l.split(",")[0])).toEqual(["record", "node", "node", "edge"]);
  });
});

describe("withAbsoluteLinks", () => {
  it("makes the source page's links absolute and leaves links to other sources", () => {
    const node = toGraphNode({
      id: "iij",
      kind: "Company",
      citeSection: ["Item 4", "web"],
      citeQuote: ["IIJ", "elsewhere"],
      citeOffset: [12, -1],
      citeUrl: ["", "https://example.org/a"],
    });
    const graph = withAbsoluteLinks(
      { nodes: [node], edges: [], truncated: false },
      "http://127.0.0.1:4000",
    );
    expect(
      (graph.nodes[0]!.properties.citations as Array<{ link: string }>).map((c) => c.link),
    ).toEqual(["http://127.0.0.1:4000/source#offset-12", "https://example.org/a"]);
    expect(node.properties.citations).toEqual([
      expect.objectContaining({ link: "/source#offset-12" }),
      expect.objectContaining({ link: "https://example.org/a" }),
    ]);
  });
});
