import { sourceText } from "../../src/domain/source-text";
import { TestApi } from "../support/api";

/** The source in the API: document, sourceText, sentences, sentence, searchText, coverage and Citation's context and selector. */
describe("the source text in the API", () => {
  let api: TestApi;
  const text = sourceText();
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  describe("document", () => {
    it("gives the title, period, length and the sections in text order", async () => {
      const { document } = await api.data(
        `{ document { id title source period length sections { id title parentId level offset length } } }`,
      );
      expect(document.length).toBe(text.length);
      expect(document.period).toBe("2006-04-01/2007-03-31");
      expect(document.sections).toHaveLength(21);
      const offsets = document.sections.map((s: any) => s.offset);
      expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
      const competition = document.sections.find((s: any) => s.id === "item-3d-competition");
      expect(competition).toMatchObject({
        parentId: "item-3d",
        level: 2,
        title: "Item 3.D. Risk Factors / Competition",
      });
      expect(
        text.slice(competition.offset).startsWith("We may not be able to compete effectively"),
      ).toBe(true);
    });
  });

  describe("sourceText", () => {
    it("returns the text of a range, cut at the end of the text", async () => {
      const at = text.indexOf("NTT and its affiliates currently own");
      expect((await api.data(`{ sourceText(offset: ${at}, length: 40) }`)).sourceText).toBe(
        text.slice(at, at + 40),
      );
      const tail = await api.data(`{ sourceText(offset: ${text.length - 5}, length: 100) }`);
      expect(tail.sourceText).toBe(text.slice(-5));
    });

    it.each([
      ["length: 0", "length"],
      ["length: 10001", "length"],
      ["offset: -1, length: 5", "offset"],
    ])("rejects %s with BAD_USER_INPUT naming the argument", async (args, field) => {
      const full = args.includes("offset") ? args : `offset: 0, ${args}`;
      const res = await api.gql(`{ sourceText(${full}) }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(res.errors?.[0]?.path).toEqual(["sourceText"]);
    });

    it("rejects an offset past the end of the text", async () => {
      const res = await api.gql(`{ sourceText(offset: ${text.length}, length: 5) }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "offset",
      });
      expect(res.errors?.[0]?.path).toEqual(["sourceText"]);
    });
  });

  describe("sentences", () => {
    it("pages through a section in text order, every sentence inside it", async () => {
      const seen: any[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 20; page += 1) {
        const { sentences }: any = await api.data(
          `query($after: String) { sentences(sectionId: "item-3d-relationship-with-ntt", first: 4, after: $after) {
             totalCount pageInfo { hasNextPage endCursor } edges { node { id offset length text kind sectionId href fragments { offset length } } } } }`,
          { after },
        );
        total = sentences.totalCount;
        seen.push(...sentences.edges.map((e: any) => e.node));
        if (!sentences.pageInfo.hasNextPage) break;
        after = sentences.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(seen[0].kind).toBe("HEADING");
      for (const s of seen) {
        expect(s.sectionId).toBe("item-3d-relationship-with-ntt");
        expect(s.href).toBe(`/source#offset-${s.offset}`);
        expect(s.text).toBe(
          s.fragments.map((f: any) => text.slice(f.offset, f.offset + f.length)).join(" "),
        );
      }
    });

    it("lists an item's sentences with its risk factors', and the uncited ones alone", async () => {
      const all = await api.data(`{ sentences(sectionId: "item-3d", first: 1) { totalCount } }`);
      const uncited = await api.data(
        `{ sentences(sectionId: "item-3d", cited: false, first: 100) { totalCount edges { node { id citedBy { id } } } } }`,
      );
      expect(all.sentences.totalCount).toBeGreaterThan(100);
      expect(uncited.sentences.totalCount).toBeLessThan(all.sentences.totalCount);
      for (const e of uncited.sentences.edges) expect(e.node.citedBy).toEqual([]);
    });

    it("gives NOT_FOUND for an unknown section and BAD_USER_INPUT for a bad cursor or page size", async () => {
      const unknown = await api.gql(`{ sentences(sectionId: "item-9") { totalCount } }`);
      expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const cursor = await api.gql(`{ sentences(after: "nonsense") { totalCount } }`);
      expect(cursor.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "after",
      });
      const size = await api.gql(`{ sentences(first: 201) { totalCount } }`);
      expect(size.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "first",
      });
      expect(size.errors?.[0]?.path).toEqual(["sentences"]);
    });
  });

  describe("sentence", () => {
    it("finds the sentence at a citation's offset with the entities, relationships and events citing it", async () => {
      const at = text.indexOf("NTT and its affiliates currently own 29.7%");
      const { sentence } = await api.data(
        `{ sentence(offset: ${at + 10}) { offset text sectionId citedBy { id kind type name from to quote offset } } }`,
      );
      expect(sentence.offset).toBe(at);
      expect(sentence.sectionId).toBe("item-3d-relationship-with-ntt");
      const owns = sentence.citedBy.find((f: any) => f.id === "rel-ntt-owns-iij");
      expect(owns).toMatchObject({ kind: "RELATIONSHIP", type: "OWNS", from: "ntt", to: "iij" });
      for (const f of sentence.citedBy) expect(text.substr(f.offset, f.quote.length)).toBe(f.quote);
    });

    it("orders citedBy: entities, relationships, events, exchange rates; each kind by id, then offset", async () => {
      const { sentences } = await api.data(
        `{ sentences(cited: true, first: 100) { edges { node { citedBy { id kind offset } } } } }`,
      );
      const rank = ["ENTITY", "RELATIONSHIP", "EVENT", "EXCHANGE_RATE"];
      const before = (a: any[], b: any[]) =>
        a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || a[2] - b[2];
      let mixed = 0;
      for (const { node } of sentences.edges) {
        const keys = node.citedBy.map((f: any) => [rank.indexOf(f.kind), f.id, f.offset]);
        expect([...keys].sort(before)).toEqual(keys);
        if (new Set(keys.map((k: any[]) => k[0])).size > 2) mixed++;
      }
      expect(mixed).toBeGreaterThan(0);
    });

    it("finds a sentence a page break cut from its second half, and events citing it", async () => {
      const at = text.indexOf("Corporation for ¥75 million");
      const { sentence } = await api.data(
        `{ sentence(offset: ${at}) { text fragments { offset } citedBy { kind id } } }`,
      );
      expect(sentence.fragments).toHaveLength(2);
      expect(sentence.text).toContain("Net Chart Japan Corporation for ¥75 million");
      expect(sentence.citedBy.some((f: any) => f.kind === "EVENT")).toBe(true);
    });

    it("is null between sentences and BAD_USER_INPUT past the end", async () => {
      const gap = text.indexOf("\n\nB. Capitalization");
      expect((await api.data(`{ sentence(offset: ${gap}) { id } }`)).sentence).toBeNull();
      const res = await api.gql(`{ sentence(offset: ${text.length + 1}) { id } }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "offset",
      });
    });
  });

  describe("searchText", () => {
    it("ranks sentences by the full-text index and gives their facts", async () => {
      const { searchText } = await api.data(
        `{ searchText(text: "Konami joint venture", first: 3) { score sentence { text citedBy { id } } } }`,
      );
      expect(searchText.length).toBeGreaterThan(0);
      expect(searchText[0].sentence.text).toContain("Konami Corporation");
      expect(searchText[0].sentence.citedBy.map((f: any) => f.id)).toContain("konami");
      const scores = searchText.map((h: any) => h.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    });

    it("rejects text with nothing to search and too many hits", async () => {
      const empty = await api.gql(`{ searchText(text: "!!") { score } }`);
      expect(empty.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "text",
      });
      const many = await api.gql(`{ searchText(text: "NTT", first: 51) { score } }`);
      expect(many.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "first",
      });
    });
  });

  describe("coverage", () => {
    it("counts sentences, cited and uncited, adding up", async () => {
      const { coverage, sentences } = await api.data(
        `{ coverage { sentences cited uncited } sentences(first: 1) { totalCount } }`,
      );
      expect(coverage.sentences).toBe(sentences.totalCount);
      expect(coverage.cited + coverage.uncited).toBe(coverage.sentences);
      expect(coverage.cited).toBeGreaterThan(0);
    });
  });

  describe("Citation.context and Citation.selector", () => {
    it("give each citation's whole sentence, section, link and W3C selectors", async () => {
      const { entity } = await api.data(
        `{ entity(id: "ntt") { citations { section quote offset
             context { href section { title } sentence { offset text } sentences { id } }
             selector { quote { exact prefix suffix } position { start end } } } } }`,
      );
      expect(entity.citations.length).toBeGreaterThan(0);
      for (const c of entity.citations) {
        expect(c.context.section.title).toBe(c.section);
        expect(c.context.href).toBe(`/source#offset-${c.offset}`);
        expect(c.context.sentence.offset).toBeLessThanOrEqual(c.offset);
        expect(c.context.sentence.text).toContain(c.quote.split("\n")[0]);
        expect(c.selector.quote.exact).toBe(c.quote);
        expect(c.selector.quote.prefix).toBe(text.slice(Math.max(0, c.offset - 32), c.offset));
        expect(c.selector.quote.suffix).toBe(
          text.slice(c.offset + c.quote.length, c.offset + c.quote.length + 32),
        );
        expect(c.selector.position).toEqual({ start: c.offset, end: c.offset + c.quote.length });
      }
    });

    it("list the cited item in citedBy of the context's sentences, read in the entity's statement", async () => {
      const res = await api.gql(
        `{ entity(id: "ntt") { citations { context { sentence { id citedBy { id kind } } sentences { citedBy { id } } } } } }`,
      );
      expect(res.errors).toBeUndefined();
      const citations = res.data!.entity.citations.filter((c: any) => c.context);
      expect(citations.length).toBeGreaterThan(1);
      for (const c of citations) {
        expect(c.context.sentence.citedBy).toContainEqual({ id: "ntt", kind: "ENTITY" });
        for (const s of c.context.sentences)
          expect(s.citedBy.map((f: any) => f.id)).toContain("ntt");
      }
      expect(res.headers.get("x-cypher-statements")).toBe("1");
    });
  });

  describe("traversals", () => {
    it("never lead into the text: no sentence, section or document in neighborhoods, subgraphs or paths", async () => {
      const source = new Set(["Sentence", "Section", "Document"]);
      const { neighborhood, subgraph, paths } = await api.data(
        `{ neighborhood(id: "ntt", depth: 2, limit: 500) { nodes { id kind } edges { type } }
           subgraph(ids: ["iij"], depth: 2, limit: 1000) { nodes { id kind } edges { type } }
           paths(from: "konami", to: "ntt", maxDepth: 4, first: 50) { nodes { id kind } relationships { type } } }`,
      );
      const nodes = [
        ...neighborhood.nodes,
        ...subgraph.nodes,
        ...paths.flatMap((p: any) => p.nodes),
      ];
      const edges = [
        ...neighborhood.edges,
        ...subgraph.edges,
        ...paths.flatMap((p: any) => p.relationships),
      ];
      expect(nodes.length).toBeGreaterThan(10);
      expect(nodes.filter((n: any) => source.has(n.kind) || /^s-\d+$/.test(n.id))).toEqual([]);
      expect(
        edges.filter((e: any) => ["SUPPORTS", "HAS_SENTENCE", "HAS_SECTION"].includes(e.type)),
      ).toEqual([]);
    });
  });
});
