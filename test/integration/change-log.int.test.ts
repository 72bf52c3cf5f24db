import { TestApi } from "../support/api";
import { authHeader } from "../support/custom-api";

/** A quote that stands verbatim in the 20-F. */
const QUOTE = "NTT Communications purchased shares of our company";
const CITE = { section: "Item 4.B", quote: QUOTE };

const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { created } }`;
const UPDATE_ENTITY = `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { id } }`;
const CREATE_REL = `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { created } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { created } }`;
const DELETE_ENTITY = `mutation($id: ID!, $citation: CitationInput!) { deleteEntity(id: $id, citation: $citation) { deleted } }`;

interface StoredChange {
  seq: number;
  actor: string;
  mutation: string;
  operation: string;
  itemKind: string;
  itemId: string;
  before: string | null;
  after: string | null;
  fields: string[];
  citeQuote: string[];
  time: string;
}

describe("the change log", () => {
  let api: TestApi;
  let editor: Record<string, string>;
  const p = `test-chg-${Math.random().toString(36).slice(2, 8)}`;
  const write = async (query: string, variables: Record<string, unknown>) => {
    const res = await api.gql(query, variables, editor);
    return res;
  };
  const company = (id: string, extra: Record<string, unknown> = {}) => ({
    input: { id, kind: "Company", name: `Test ${id}`, citations: [CITE], ...extra },
  });
  const changesOf = async (itemId: string): Promise<StoredChange[]> => {
    const rows = await api.db.gateway.readText(
      "MATCH (c:Change {itemId: $itemId}) RETURN c {.*} AS c ORDER BY c.seq",
      { itemId },
    );
    // Neo4j stores no null: a missing before or after is null.
    return rows.map((r) => {
      const c = r.c as StoredChange;
      return { ...c, before: c.before ?? null, after: c.after ?? null };
    });
  };
  const head = async () => {
    const [row] = await api.db.gateway.readText("MATCH (c:Change) RETURN max(c.seq) AS seq");
    return Number(row!.seq);
  };

  beforeAll(async () => {
    api = await TestApi.start();
    editor = await authHeader(["editor"], "carol");
  });
  afterAll(async () => {
    // The items go; their change records stay (the log is append-only, with no gaps).
    await api.db.driver.executeQuery("MATCH (x) WHERE x.id STARTS WITH $prefix DETACH DELETE x", {
      prefix: p,
    });
    await api.stop();
  });

  it("starts with the seed load as change 0: one record for the load", async () => {
    const rows = await api.db.gateway.readText(
      "MATCH (c:Change {seq: 0}) RETURN c {.*} AS c, COUNT { (l:ChangeLog) } AS logs",
    );
    expect(rows).toHaveLength(1);
    const load = rows[0]!.c as StoredChange;
    expect(load).toMatchObject({ operation: "LOAD", itemKind: "GRAPH", actor: "seed" });
    expect(JSON.parse(load.after!)).toMatchObject({ entities: expect.any(Number) });
    expect(rows[0]!.logs).toBe(1);
  });

  it("records a create with actor, item, before and after and the citation; a repeat records nothing", async () => {
    const id = `${p}-a`;
    expect((await write(CREATE_ENTITY, company(id))).data!.createEntity.created).toBe(true);
    let changes = await changesOf(id);
    expect(changes).toHaveLength(1);
    const [created] = changes;
    expect(created).toMatchObject({
      actor: "carol",
      mutation: "createEntity",
      operation: "CREATE",
      itemKind: "ENTITY",
      itemId: id,
      before: null,
      citeQuote: [QUOTE],
    });
    expect(JSON.parse(created!.after!)).toMatchObject({ id, name: `Test ${id}`, kind: "Company" });
    expect(created!.fields).toEqual(expect.arrayContaining(["id", "name", "kind"]));
    expect(Date.parse(created!.time)).toBeGreaterThan(Date.now() - 60000);

    expect((await write(CREATE_ENTITY, company(id))).data!.createEntity.created).toBe(false);
    expect(await changesOf(id)).toHaveLength(1);

    const update = { input: { id, description: "A test company.", citation: CITE } };
    expect((await write(UPDATE_ENTITY, update)).errors).toBeUndefined();
    expect((await write(UPDATE_ENTITY, update)).errors).toBeUndefined();
    changes = await changesOf(id);
    expect(changes.map((c) => c.operation)).toEqual(["CREATE", "UPDATE"]);
    expect(changes[1]!.fields).toEqual(expect.arrayContaining(["description", "updatedAt"]));
    expect(changes[1]!.before).toBe(changes[0]!.after);
    expect(JSON.parse(changes[1]!.after!).description).toBe("A test company.");
  });

  it("records nothing for a mutation that fails and rolls back", async () => {
    const [a, b] = [`${p}-own-a`, `${p}-own-b`];
    await write(CREATE_ENTITY, company(a));
    await write(CREATE_ENTITY, company(b));
    const res = await write(CREATE_REL, {
      input: {
        id: `${p}-owns`,
        type: "OWNS",
        from: a,
        to: b,
        properties: { percentage: 150 },
        citations: [CITE],
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // Other test files may write meanwhile: the failed write's own items are checked.
    expect(await changesOf(`${p}-owns`)).toHaveLength(0);
    expect(await changesOf(a)).toHaveLength(1);
    expect(await changesOf(b)).toHaveLength(1);
  });

  it("records a delete of an entity with the relationships and event participations it takes along", async () => {
    const [a, b] = [`${p}-del-a`, `${p}-del-b`];
    await write(CREATE_ENTITY, company(a));
    await write(CREATE_ENTITY, company(b));
    await write(CREATE_REL, {
      input: { id: `${p}-del-r`, type: "COMPETES_WITH", from: a, to: b, citations: [CITE] },
    });
    await write(CREATE_EVENT, {
      input: {
        id: `${p}-del-ev`,
        kind: "Agreement",
        name: "Test agreement",
        participants: [
          { entity: a, role: "PARTNER" },
          { entity: b, role: "PARTNER" },
        ],
        citations: [CITE],
      },
    });
    const res = await write(DELETE_ENTITY, { id: a, citation: CITE });
    expect(res.data!.deleteEntity.deleted).toBe(true);
    const [entity] = (await changesOf(a)).slice(-1);
    const [rel] = (await changesOf(`${p}-del-r`)).slice(-1);
    const [event] = (await changesOf(`${p}-del-ev`)).slice(-1);
    expect(entity).toMatchObject({ operation: "DELETE", mutation: "deleteEntity", after: null });
    expect(rel).toMatchObject({ operation: "DELETE", mutation: "deleteEntity", after: null });
    expect(event).toMatchObject({ operation: "UPDATE", mutation: "deleteEntity" });
    expect(JSON.parse(event!.after!).participants).toEqual([{ role: "PARTNER", entity: b }]);
    // One transaction: consecutive numbers.
    const seqs = [entity!.seq, rel!.seq, event!.seq].sort((x, y) => x - y);
    expect(seqs[2]! - seqs[0]!).toBe(2);
  });

  it("numbers concurrent writes strictly increasing with no gaps", async () => {
    const before = await head();
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => write(CREATE_ENTITY, company(`${p}-n${i}`))),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const rows = await api.db.gateway.readText(
      "MATCH (c:Change) WHERE c.seq > $before RETURN c.seq AS seq, c.time AS time ORDER BY seq",
      { before },
    );
    const seqs = rows.map((r) => Number(r.seq));
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => before + 1 + i));
    expect(seqs.length).toBeGreaterThanOrEqual(24);
    const times = rows.map((r) => Date.parse(String(r.time)));
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    const [all] = await api.db.gateway.readText(
      "MATCH (c:Change) WHERE c.seq >= 1 RETURN count(c) AS n, max(c.seq) AS top",
    );
    expect(all!.n).toBe(all!.top);
  });
  it("numbers in its next run a record that a stopped replica committed without a number, before later ones", async () => {
    const left = `${p}-left`;
    // What a write leaves when its replica stops between the commit and the numbering: a committed :Pending record.
    await api.db.driver.executeQuery(
      `CREATE (:Change:Pending {write: 'test-left', position: 0, time: datetime.realtime(), actor: 'carol',
        mutation: 'createEntity', operation: 'CREATE', itemKind: 'ENTITY', itemId: $id, after: '{}', fields: [],
        citeSection: [], citeQuote: [], citeOffset: [], citeUrl: []})`,
      { id: left },
    );
    const later = `${p}-after-left`;
    expect((await write(CREATE_ENTITY, company(later))).errors).toBeUndefined();
    // The mutation's answer waited for a run of the sequencer, which numbers every committed record without one.
    const [leftChange] = await changesOf(left);
    const [laterChange] = await changesOf(later);
    expect(leftChange!.seq).toEqual(expect.any(Number));
    expect(laterChange!.seq).toBeGreaterThan(leftChange!.seq);
    const [pending] = await api.db.gateway.readText(
      "MATCH (c:Change) WHERE c.itemId IN $ids AND (c:Pending OR c.write IS NOT NULL) RETURN count(c) AS n",
      { ids: [left, later] },
    );
    expect(pending!.n).toBe(0);
  });
});
