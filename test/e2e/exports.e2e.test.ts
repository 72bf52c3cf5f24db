import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { e2eSession } from "./support/session";
import { isSeedId } from "../support/seed-graph";

const session = e2eSession();

/** Downloads a URL through the browser (a link click), as a person would, and returns the file's text. */
async function download(path: string): Promise<{ name: string; text: string }> {
  const { page } = session.browser;
  await page.goto(`${session.api.baseUrl}/explorer`);
  await page.evaluate(
    `(() => { const a = document.createElement("a"); a.href = ${JSON.stringify(path)}; a.id = "dl"; a.textContent = "dl"; document.body.append(a); })()`,
  );
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator("#dl").click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
}

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe("/export/graph.*", () => {
  it("downloads the whole graph as Cytoscape.js JSON", async () => {
    const { name, text } = await download("/export/graph.json");
    expect(name).toBe("iij-graph.json");
    const { elements, truncated } = JSON.parse(text) as {
      elements: Array<{ group: string; data: Record<string, unknown> }>;
      truncated: boolean;
    };
    expect(truncated).toBe(false);
    const nodes = elements.filter((e) => e.group === "nodes");
    // Seeded items only: tests running beside this one add and remove their own (`test-`) items.
    const seeded = nodes.filter((n) => isSeedId(String(n.data.id)));
    const [row] = await session.api.db.gateway.readText(
      "MATCH (x) WHERE (x:Entity OR x:Event) AND NOT x.id STARTS WITH 'test-' RETURN count(x) AS n",
    );
    expect(seeded).toHaveLength(Number(row?.n));
    expect(nodes.some((n) => n.data.id === "iij")).toBe(true);
    const owns = elements.find(
      (e) =>
        e.group === "edges" &&
        e.data.source === "ntt" &&
        e.data.target === "iij" &&
        e.data.type === "OWNS",
    );
    expect(owns?.data.label).toBe("OWNS 29.7%");
  });

  it("downloads a neighborhood as GraphML", async () => {
    const { name, text } = await download("/export/graph.graphml?id=iij&depth=1");
    expect(name).toBe("iij-graph-iij.graphml");
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(text);
    const graph = doc.graphml.graph;
    const ids = (graph.node as Array<{ "@id": string }>).map((n) => n["@id"]);
    expect(ids).toEqual(expect.arrayContaining(["iij", "ntt"]));
    const edges = graph.edge as Array<Record<string, unknown>>;
    expect(edges.some((e) => e["@source"] === "ntt" && e["@target"] === "iij")).toBe(true);
    expect(text).toContain("OWNS 29.7%");
  });

  it("downloads CSV: one table, or the node and edge files of neo4j-admin import", async () => {
    const all = parseCsv((await download("/export/graph.csv")).text);
    expect(all[0]).toEqual([
      "record",
      "id",
      "label",
      "kind",
      "source",
      "target",
      "type",
      "properties",
    ]);
    expect(all.some((r) => r[0] === "node" && r[1] === "iij")).toBe(true);
    const ownsRow = all.find(
      (r) => r[0] === "edge" && r[4] === "ntt" && r[5] === "iij" && r[6] === "OWNS",
    );
    expect(ownsRow?.[2]).toBe("OWNS 29.7%");
    expect(JSON.parse(ownsRow?.[7] ?? "{}").percentage).toBe(29.7);

    const nodes = parseCsv((await download("/export/graph.csv?part=nodes&id=ntt&depth=1")).text);
    expect(nodes[0]).toEqual(["id:ID", "name", "kind", ":LABEL", "properties"]);
    expect(nodes.some((r) => r[0] === "iij")).toBe(true);
    const edges = parseCsv((await download("/export/graph.csv?part=edges&id=ntt&depth=1")).text);
    expect(edges[0]).toEqual([":START_ID", ":END_ID", ":TYPE", "id", "label", "properties"]);
    expect(edges.some((r) => r[0] === "ntt" && r[1] === "iij" && r[2] === "OWNS")).toBe(true);
  });

  it("answers bad input with 400 and an unknown id with 404", async () => {
    expect((await fetch(`${session.api.baseUrl}/export/graph.json?id=iij&depth=9`)).status).toBe(
      400,
    );
    expect((await fetch(`${session.api.baseUrl}/export/graph.csv?part=both`)).status).toBe(400);
    const missing = await fetch(`${session.api.baseUrl}/export/graph.json?id=no-such-entity`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe("NOT_FOUND");
  });
});
