import { readFileSync } from "node:fs";
import { join } from "node:path";
import jsonld from "jsonld";
import { sourceText } from "../../src/domain/source-text";
import { ANNO_CONTEXT } from "../../src/source/annotations.rules";
import { TestApi } from "../support/api";
import { isSeedId } from "../support/seed-graph";

/**
 * The terms of the W3C Web Annotation context this export uses, mapped to the IRIs of the Web Annotation
 * Vocabulary, served for http://www.w3.org/ns/anno.jsonld (the tests run offline). With `safe: true`,
 * JSON-LD processing fails on any term this context does not define, so the export uses no undefined term.
 */
const annoContext = JSON.parse(
  readFileSync(join(__dirname, "../support/anno-context.json"), "utf8"),
);
const documentLoader = async (url: string) => {
  if (url.replace(/^https:/, "http:") !== ANNO_CONTEXT)
    throw new Error(`no network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: annoContext };
};

const OA = "http://www.w3.org/ns/oa#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

describe("GET /export/annotations.jsonld", () => {
  let api: TestApi;
  const text = sourceText();
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  it("serves every citation in Neo4j as a W3C Web Annotation that a JSON-LD processor reads", async () => {
    const res = await fetch(`${api.baseUrl}/export/annotations.jsonld`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/ld+json");
    const doc = (await res.json()) as any;
    expect(doc["@context"]).toBe(ANNO_CONTEXT);

    // Other test files write and delete items (ids starting "test-") meanwhile: compare the rest.
    const [counted] = await api.db.gateway.readText(
      `CALL {
         MATCH (x) WHERE (x:Entity OR x:Event OR x:ExchangeRate) AND x.citeQuote IS NOT NULL
           AND NOT x.id STARTS WITH 'test-' RETURN size(x.citeQuote) AS n
         UNION ALL
         MATCH (a)-[r]->() WHERE (a:Entity OR a:Event) AND r.citeQuote IS NOT NULL
           AND NOT r.id STARTS WITH 'test-' RETURN size(r.citeQuote) AS n
       }
       RETURN sum(n) AS citations`,
    );

    const quads = (await jsonld.toRDF(doc, {
      format: "application/n-quads",
      documentLoader,
      safe: true,
    } as any)) as unknown as string;
    const annotations = quads
      .split("\n")
      .filter((q) => q.includes(`<${RDF_TYPE}> <${OA}Annotation>`));
    expect(annotations).toHaveLength(doc.total);

    const expanded = (await jsonld.expand(doc, {
      documentLoader,
      safe: true,
    } as any)) as unknown as any[];
    const items =
      expanded[0]["http://www.w3.org/ns/activitystreams#first"][0][
        "http://www.w3.org/ns/activitystreams#items"
      ][0]["@list"];
    expect(items).toHaveLength(doc.total);
    const itemId = (a: any) => decodeURIComponent(String(a["@id"]).split("#")[1] ?? "");
    expect(items.filter((a: any) => isSeedId(itemId(a)))).toHaveLength(
      counted!.citations as number,
    );
    let checked = 0;
    for (const a of items) {
      expect(a["@type"]).toEqual([`${OA}Annotation`]);
      expect(a[`${OA}motivatedBy`]).toEqual([{ "@id": `${OA}identifying` }]);
      const target = a[`${OA}hasTarget`][0];
      const selectors = target[`${OA}hasSelector`];
      const quote = selectors.find((s: any) => s["@type"][0] === `${OA}TextQuoteSelector`);
      const position = selectors.find((s: any) => s["@type"][0] === `${OA}TextPositionSelector`);
      if (!position) continue;
      const start = Number(position[`${OA}start`][0]["@value"]);
      const end = Number(position[`${OA}end`][0]["@value"]);
      expect(text.slice(start, end)).toBe(quote[`${OA}exact`][0]["@value"]);
      expect(text.slice(Math.max(0, start - 32), start)).toBe(quote[`${OA}prefix`][0]["@value"]);
      expect(target[`${OA}hasScope`][0]["@id"]).toBe(`${api.baseUrl}/source#offset-${start}`);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it("serves the source text the annotations target, as the offsets index it", async () => {
    const res = await fetch(`${api.baseUrl}/export/source.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    expect(await res.text()).toBe(text);
  });
});
