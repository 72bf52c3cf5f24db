import { readFileSync } from "node:fs";
import { sourceText } from "../../src/domain/source-text";
import { TestApi } from "../support/api";
import { authHeader, CustomApi } from "../support/custom-api";
import { isSeedId } from "../support/seed-graph";

/** A quote that stands verbatim in the 20-F. */
const QUOTE = "NTT Communications purchased shares of our company";
const CITE = { section: "Item 4.B", quote: QUOTE };

const CREATE_ENTITY = `mutation($input: CreateEntityInput!) {
  createEntity(input: $input) { created entity { id name kind aliases citations { section quote offset url } } } }`;
const CREATE_REL = `mutation($input: CreateRelationshipInput!) {
  createRelationship(input: $input) { created relationship { id type source target properties citations { quote offset } } } }`;
const UPDATE_REL = `mutation($input: UpdateRelationshipInput!) { updateRelationship(input: $input) { id properties citations { quote } } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) {
  createEvent(input: $input) { created event { id kind date amount { amount currency } participants { role entity { id } } } } }`;
const DELETE = (what: string) =>
  `mutation($id: ID!, $citation: CitationInput!) { delete${what}(id: $id, citation: $citation) { id deleted relationshipsDeleted } }`;

describe("mutations", () => {
  let api: TestApi;
  let editor: Record<string, string>;
  const p = `test-mut-${Math.random().toString(36).slice(2, 8)}`;
  const ids = { a: `${p}-a`, b: `${p}-b`, c: `${p}-c`, ev: `${p}-ev` };

  const count = async (cypher: string, params: Record<string, unknown> = {}) => {
    const [row] = await api.db.gateway.readText(cypher, { prefix: p, ...params });
    if (!row) throw new Error(`no count from ${cypher}`);
    return Number(row.n);
  };
  const nodes = () => count("MATCH (x) WHERE x.id STARTS WITH $prefix RETURN count(x) AS n");
  const rels = () => count("MATCH ()-[r]->() WHERE r.id STARTS WITH $prefix RETURN count(r) AS n");
  const company = (id: string, extra: Record<string, unknown> = {}) => ({
    input: { id, kind: "Company", name: `Test ${id}`, citations: [CITE], ...extra },
  });
  const write = (query: string, variables: Record<string, unknown>) =>
    api.gql(query, variables, editor);

  beforeAll(async () => {
    api = await TestApi.start();
    editor = await authHeader(["editor"], "alice");
  });
  afterAll(async () => {
    await api.db.driver.executeQuery("MATCH (x) WHERE x.id STARTS WITH $prefix DETACH DELETE x", {
      prefix: p,
    });
    await api.stop();
  });

  describe("createEntity", () => {
    it("creates an entity with a computed offset and who/when, in one statement batch", async () => {
      const res = await write(CREATE_ENTITY, company(ids.a, { aliases: ["TA"] }));
      expect(res.errors).toBeUndefined();
      const { created, entity } = res.data!.createEntity;
      expect(created).toBe(true);
      expect(entity).toMatchObject({ id: ids.a, kind: "Company", aliases: ["TA"] });
      const source = readFileSync("seed/source/iij-form-20f-fy2007-excerpt.txt", "utf8");
      expect(source.substr(entity.citations[0].offset, QUOTE.length)).toBe(QUOTE);
      expect(entity.citations[0].url).toBeNull();
      const [stored] = await api.db.gateway.readText(
        "MATCH (n:Entity:Company {id: $id}) RETURN n {.*} AS n",
        { id: ids.a },
      );
      expect(stored!.n).toMatchObject({ createdBy: "alice", updatedBy: "alice" });
      expect(Date.parse((stored!.n as { createdAt: string }).createdAt)).toBeGreaterThan(
        Date.now() - 60000,
      );
    });

    it("is idempotent: the same create twice leaves one entity and changes nothing", async () => {
      const before = await api.db.gateway.readText(
        "MATCH (n:Entity {id: $id}) RETURN n.updatedAt AS t",
        { id: ids.a },
      );
      const res = await write(CREATE_ENTITY, company(ids.a, { name: "Another name" }));
      expect(res.data!.createEntity.created).toBe(false);
      expect(res.data!.createEntity.entity.name).toBe(`Test ${ids.a}`);
      expect(await count("MATCH (n:Entity {id: $id}) RETURN count(n) AS n", { id: ids.a })).toBe(1);
      const after = await api.db.gateway.readText(
        "MATCH (n:Entity {id: $id}) RETURN n.updatedAt AS t",
        { id: ids.a },
      );
      expect(after).toEqual(before);
    });

    it("accepts another source with a url (offset -1)", async () => {
      const res = await write(
        CREATE_ENTITY,
        company(ids.b, {
          citations: [
            { section: "Press release", quote: "Any text", url: "https://example.com/pr" },
          ],
        }),
      );
      expect(res.data!.createEntity.entity.citations).toEqual([
        { section: "Press release", quote: "Any text", offset: -1, url: "https://example.com/pr" },
      ]);
    });

    it.each([
      [{ id: "Not A Slug" }, "id"],
      [{ name: "   " }, "name"],
      [{ name: "x".repeat(301) }, "name"],
      [{ country: "japan" }, "country"],
      [{ citations: [] }, "citations"],
      [
        { citations: [{ section: "s", quote: "words that the report never says" }] },
        "citations.0.quote",
      ],
      [
        { citations: [{ section: "s", quote: "q", url: "javascript:alert(1)" }] },
        "citations.0.url",
      ],
      [{ kind: "FinancialFigure" }, "kind"],
    ])("rejects %j naming the field %s, writing nothing", async (extra, field) => {
      const before = await nodes();
      const res = await write(CREATE_ENTITY, company(`${p}-bad`, extra));
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.field).toBe(field);
      expect(await nodes()).toBe(before);
    });

    it("refuses an id another kind already has", async () => {
      const res = await write(CREATE_ENTITY, {
        input: { ...company(ids.a).input, kind: "Person" },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    });
  });

  describe("updateEntity", () => {
    const UPDATE = `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { id description citations { quote } } }`;
    it("sets fields and adds the citation once", async () => {
      const input = {
        id: ids.a,
        description: "A test company",
        citation: { section: "Item 5", quote: "accumulated deficit" },
      };
      const first = await write(UPDATE, { input });
      expect(first.errors).toBeUndefined();
      expect(first.data!.updateEntity.description).toBe("A test company");
      const second = await write(UPDATE, { input });
      expect(second.data!.updateEntity.citations.map((c: { quote: string }) => c.quote)).toEqual([
        QUOTE,
        "accumulated deficit",
      ]);
    });

    it("returns NOT_FOUND for an unknown id", async () => {
      const res = await write(UPDATE, { input: { id: `${p}-none`, citation: CITE } });
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("createRelationship", () => {
    const owns = (
      id: string,
      from: string,
      to: string,
      percentage: number,
      extra: Record<string, unknown> = {},
    ) => ({
      input: {
        id,
        type: "OWNS",
        from,
        to,
        properties: { percentage, asOf: "2007-03-31", ...extra },
        citations: [CITE],
      },
    });

    it("creates an OWNS stake, idempotently", async () => {
      await write(CREATE_ENTITY, company(ids.c));
      const res = await write(CREATE_REL, owns(`${p}-owns-1`, ids.a, ids.c, 60));
      expect(res.errors).toBeUndefined();
      expect(res.data!.createRelationship.relationship).toMatchObject({
        type: "OWNS",
        source: ids.a,
        target: ids.c,
      });
      expect(res.data!.createRelationship.relationship.properties.percentage).toBe(60);
      const again = await write(CREATE_REL, owns(`${p}-owns-1`, ids.a, ids.c, 60));
      expect(again.data!.createRelationship.created).toBe(false);
      expect(await rels()).toBe(1);
    });

    it("rolls back a stake that would make the total over 100% at that date", async () => {
      const res = await write(CREATE_REL, owns(`${p}-owns-2`, ids.b, ids.c, 40.5));
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "properties.percentage",
      });
      expect(res.errors?.[0]?.message).toMatch(/100\.5%/);
      expect(await rels()).toBe(1);
      // Exactly 100% is allowed.
      const ok = await write(CREATE_REL, owns(`${p}-owns-2`, ids.b, ids.c, 40));
      expect(ok.errors).toBeUndefined();
      expect(await rels()).toBe(2);
    });

    it("counts a stake that has ended as not held", async () => {
      const res = await write(
        CREATE_REL,
        owns(`${p}-owns-3`, ids.b, ids.a, 100, { asOf: "2008-01", since: "2008-01" }),
      );
      expect(res.errors).toBeUndefined();
    });

    it("rolls back an update that pushes the total over 100%", async () => {
      const res = await write(UPDATE_REL, {
        input: { id: `${p}-owns-2`, properties: { percentage: 41 }, citation: CITE },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "properties.percentage",
      });
      const [row] = await api.db.gateway.readText(
        "MATCH ()-[r {id: $id}]->() RETURN r.percentage AS pct",
        { id: `${p}-owns-2` },
      );
      expect(row!.pct).toBe(40);
    });

    it.each([
      [{ from: "SAME", to: "SAME" }, "to"],
      [{ to: "no-such-entity-anywhere" }, "to"],
      [{ from: "no-such-entity-anywhere" }, "from"],
      [{ properties: { percentage: 100.01 } }, "properties.percentage"],
      [{ properties: { percentage: -1 } }, "properties.percentage"],
      [{ properties: { asOf: "2007-13" } }, "properties.asOf"],
      [{ properties: { since: "2007-02-30x" } }, "properties.since"],
      [{ type: "INVOLVES" }, "type"],
    ])("rejects %j naming the field %s", async (extra, field) => {
      const base = owns(`${p}-owns-bad`, ids.b, ids.a, 1).input as Record<string, unknown>;
      const input = { ...base, ...extra };
      if ((extra as { from?: string }).from === "SAME")
        Object.assign(input, { from: ids.a, to: ids.a });
      const before = await rels();
      const res = await write(CREATE_REL, { input });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(await rels()).toBe(before);
    });

    it("refuses an id used by another relationship", async () => {
      const res = await write(CREATE_REL, owns(`${p}-owns-1`, ids.b, ids.a, 1));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    });
  });

  describe("events", () => {
    const event = (participants: Array<{ entity: string; role: string }>) => ({
      input: {
        id: ids.ev,
        kind: "Investment",
        name: "Test investment",
        date: "2007-04",
        amount: { amount: 1000000, currency: "JPY" },
        participants,
        citations: [CITE],
      },
    });

    it("rejects an unknown participant, writing nothing", async () => {
      const res = await write(
        CREATE_EVENT,
        event([
          { entity: ids.a, role: "INVESTOR" },
          { entity: `${p}-nobody`, role: "INVESTEE" },
        ]),
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "participants.1.entity",
      });
      expect(await count("MATCH (e:Event {id: $id}) RETURN count(e) AS n", { id: ids.ev })).toBe(0);
    });

    it("creates an event with its participants, idempotently", async () => {
      const input = event([
        { entity: ids.a, role: "INVESTOR" },
        { entity: ids.c, role: "INVESTEE" },
      ]);
      const res = await write(CREATE_EVENT, input);
      expect(res.errors).toBeUndefined();
      expect(res.data!.createEvent.event).toMatchObject({
        kind: "Investment",
        date: "2007-04",
        amount: { amount: 1000000, currency: "JPY" },
      });
      expect(res.data!.createEvent.event.participants).toHaveLength(2);
      expect((await write(CREATE_EVENT, input)).data!.createEvent.created).toBe(false);
      expect(
        await count("MATCH (e:Event {id: $id})-[i:INVOLVES]->() RETURN count(i) AS n", {
          id: ids.ev,
        }),
      ).toBe(2);
    });

    it("updates the participants", async () => {
      const res = await write(
        `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { participants { role entity { id } } } }`,
        {
          input: {
            id: ids.ev,
            participants: [{ entity: ids.b, role: "INVESTOR" }],
            citation: CITE,
          },
        },
      );
      expect(res.data!.updateEvent.participants).toEqual([
        { role: "INVESTOR", entity: { id: ids.b } },
      ]);
    });

    it("deletes an event and its INVOLVES, and a second delete is not an error", async () => {
      const first = await write(DELETE("Event"), { id: ids.ev, citation: CITE });
      expect(first.data!.deleteEvent).toEqual({
        id: ids.ev,
        deleted: true,
        relationshipsDeleted: 1,
      });
      const second = await write(DELETE("Event"), { id: ids.ev, citation: CITE });
      expect(second.data!.deleteEvent.deleted).toBe(false);
    });
  });

  describe("deletes", () => {
    it("deletes a relationship, then an entity with its relationships", async () => {
      const rel = await write(DELETE("Relationship"), { id: `${p}-owns-3`, citation: CITE });
      expect(rel.data!.deleteRelationship).toMatchObject({ deleted: true });
      const res = await write(DELETE("Entity"), { id: ids.c, citation: CITE });
      expect(res.data!.deleteEntity).toEqual({ id: ids.c, deleted: true, relationshipsDeleted: 2 });
      expect(await rels()).toBe(0);
    });

    it("requires a citation for a delete too", async () => {
      const res = await write(DELETE("Entity"), {
        id: ids.a,
        citation: { section: "s", quote: "nowhere in the report, surely" },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "citation.quote",
      });
      expect(await count("MATCH (n:Entity {id: $id}) RETURN count(n) AS n", { id: ids.a })).toBe(1);
    });
  });

  describe("the sentences writes cite", () => {
    const source = sourceText();
    const OTHER = "NTT and its affiliates currently own 29.7% of our outstanding shares";
    const citedBy = async (quote: string): Promise<string[]> => {
      const { sentence } = await api.data(
        `query($at: Int!) { sentence(offset: $at) { citedBy { id } } }`,
        { at: source.indexOf(quote) },
      );
      return sentence.citedBy.map((f: { id: string }) => f.id);
    };
    const supports = (cites: string) =>
      count("MATCH (:Sentence)-[s:SUPPORTS {cites: $cites}]->() RETURN count(s) AS n", { cites });
    const w = { a: `${p}-w-a`, b: `${p}-w-b`, rel: `${p}-w-owns` };

    it("links an item's sentences when it is created or cited again, and unlinks them when it is deleted", async () => {
      for (const id of [w.a, w.b])
        expect((await write(CREATE_ENTITY, company(id))).errors).toBeUndefined();
      expect(await citedBy(QUOTE)).toEqual(expect.arrayContaining([w.a, w.b]));
      expect(await supports(w.a)).toBe(1);

      const created = await write(CREATE_REL, {
        input: {
          id: w.rel,
          type: "OWNS",
          from: w.a,
          to: w.b,
          properties: { percentage: 1 },
          citations: [CITE],
        },
      });
      expect(created.errors).toBeUndefined();
      expect(await citedBy(QUOTE)).toContain(w.rel);
      // A relationship's citation points at both its ends.
      expect(await supports(w.rel)).toBe(2);
      expect(await citedBy(OTHER)).not.toContain(w.rel);

      const updated = await write(UPDATE_REL, {
        input: { id: w.rel, properties: {}, citation: { section: "Item 3.D", quote: OTHER } },
      });
      expect(updated.errors).toBeUndefined();
      expect(await citedBy(OTHER)).toContain(w.rel);
      expect(await supports(w.rel)).toBe(4);
      // The same citation again changes nothing.
      await write(UPDATE_REL, {
        input: { id: w.rel, properties: {}, citation: { section: "Item 3.D", quote: OTHER } },
      });
      expect(await supports(w.rel)).toBe(4);

      expect(
        (await write(DELETE("Relationship"), { id: w.rel, citation: CITE })).errors,
      ).toBeUndefined();
      expect(await supports(w.rel)).toBe(0);
      expect(await citedBy(OTHER)).not.toContain(w.rel);
      expect((await write(DELETE("Entity"), { id: w.a, citation: CITE })).errors).toBeUndefined();
      expect(await supports(w.a)).toBe(0);
      expect(await citedBy(QUOTE)).not.toContain(w.a);
    });

    it("answers a create with the new item in citedBy of its citation's sentences", async () => {
      // The answer is read in the write's transaction, before the links are merged; the context's sentences
      // are then read after them.
      const id = `${p}-w-context`;
      const res = await write(
        `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity {
           citations { context { sentence { citedBy { id } } sentences { citedBy { id } } } } } } }`,
        company(id),
      );
      expect(res.errors).toBeUndefined();
      const [citation] = res.data!.createEntity.entity.citations;
      expect(citation.context.sentence.citedBy.map((f: { id: string }) => f.id)).toContain(id);
      for (const s of citation.context.sentences)
        expect(s.citedBy.map((f: { id: string }) => f.id)).toContain(id);
      // Read again outside the write: the same, in one statement.
      const again = await api.gql(
        `query($id: ID!) { entity(id: $id) { citations { context { sentence { citedBy { id } } } } } }`,
        { id },
      );
      // Other test files cite the same sentence meanwhile: the seed's facts and this one are compared.
      const ours = (facts: Array<{ id: string }>) =>
        facts.map((f) => f.id).filter((f) => f === id || isSeedId(f));
      expect(ours(again.data!.entity.citations[0].context.sentence.citedBy)).toEqual(
        ours(citation.context.sentence.citedBy),
      );
      expect(again.headers.get("x-cypher-statements")).toBe("1");
    });

    it("links them without the change log too (RECORD_CHANGES=false), and records nothing", async () => {
      const unlogged = await CustomApi.start(api.db.gateway, {}, {}, { record: false });
      try {
        const id = `${p}-w-unlogged`;
        const res = await unlogged.gql(CREATE_ENTITY, company(id), editor);
        expect(res.errors).toBeUndefined();
        expect(await supports(id)).toBe(1);
        expect(await citedBy(QUOTE)).toContain(id);
        expect(await count("MATCH (c:Change {itemId: $id}) RETURN count(c) AS n", { id })).toBe(0);
      } finally {
        await unlogged.stop();
      }
    });

    it("leaves the SUPPORTS of a deleted entity's relationships at their other ends out too", async () => {
      const [x, y, r] = [`${p}-w-x`, `${p}-w-y`, `${p}-w-xy`];
      for (const id of [x, y])
        expect((await write(CREATE_ENTITY, company(id))).errors).toBeUndefined();
      const created = await write(CREATE_REL, {
        input: { id: r, type: "SUPPLIES", from: x, to: y, properties: {}, citations: [CITE] },
      });
      expect(created.errors).toBeUndefined();
      expect(await supports(r)).toBe(2);
      const res = await write(DELETE("Entity"), { id: x, citation: CITE });
      expect(res.data!.deleteEntity).toEqual({ id: x, deleted: true, relationshipsDeleted: 1 });
      expect(await supports(r)).toBe(0);
      expect(await citedBy(QUOTE)).not.toContain(r);
    });
  });
});
