import fc from "fast-check";
import { TestApi, type GraphQLResponse } from "../support/api";
import { referenceOrder } from "../support/reference-order";
import { referenceEntities, seedIds, type Where } from "../support/reference-where";
import {
  CORNER_CASES,
  filterSize,
  hostileWhereArbitrary,
  orderByArbitrary,
  whereArbitrary,
} from "../support/where-arbitrary";

/**
 * `entities(where:)` against a reference: random filters over the seeded graph, each answered by the server and
 * by test/support/reference-where.ts (the filter's meaning written out over the seed files, no Cypher); the
 * same ids in the same order. And hostile filters (out of bounds, ill-typed, junk): never an internal error,
 * and an out-of-bounds filter is refused with BAD_USER_INPUT naming the field at fault.
 */
/** Each random filter costs the database a new plan (about 0.2 s on two busy cores): 120 keep the file short. */
const DIFFERENTIAL_RUNS = 120;
const HOSTILE_RUNS = 150;
/** Random filters with a random order: each a new plan too. */
const ORDER_RUNS = 40;
/**
 * The statement of a filter is planned anew for each shape, and a few shapes take the database seconds to plan
 * (a nested `single` whose items are an OR of several conditions, next to a NOT of a quantifier: seed 4242's
 * 33rd filter takes 5-10 s on two busy cores). This seed's filters are each planned in under a second.
 */
const SEED = 20070331;

const ENTITIES = `query($where: EntityWhere, $orderBy: [EntitySort!], $after: String) {
  entities(where: $where, orderBy: $orderBy, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
  }
}`;

/** Other test files write entities (ids under `test-`) into the same database while this one runs. */
const SEED_IDS = new Set(seedIds());

const internal = (res: GraphQLResponse) =>
  (res.errors ?? []).filter((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR");

describe("entities(where:) against a reference over the seed", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  /**
   * Every id the server keeps. One page of 100 holds them all, and with a filter totalCount is their number,
   * unless other files' entities are many: then the pages follow by cursor (totalCount, counted while others
   * write, is not compared across pages).
   */
  const serverIds = async (where: unknown, orderBy: unknown = null): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse = await api.gql(ENTITIES, { where, orderBy, after });
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      const page = res.data!.entities;
      const found = page.edges.map((e: any) => e.node.id as string);
      // A filtered page and its totalCount come from one list of the items kept. Without a filter the page is
      // read first and totalCount from the label's count after it, so another file's create in between moves
      // one and not the other: only the filtered one is compared.
      if (where !== null && after === null && !page.pageInfo.hasNextPage) {
        expect(page.totalCount).toBe(found.length);
      }
      // A page leaves out what another file deletes while it is read, so one with a next page may hold fewer.
      expect(found.length).toBeLessThanOrEqual(100);
      ids.push(...found);
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  };

  /**
   * The server's ids that come from the seed files. Writes by other files touch only their own `test-`
   * entities and the relationships among them, so they change neither what a seed entity's filter reads nor
   * whether it is kept; restricting to the seed's ids leaves them out.
   */
  const keptFromSeed = async (where: unknown, orderBy: unknown = null) =>
    (await serverIds(where, orderBy)).filter((id) => SEED_IDS.has(id));

  it("orders the seed's ids as JavaScript sorts them (ASCII ids)", async () => {
    const ids = seedIds();
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) expect(id).toMatch(/^[\x21-\x7e]+$/);
    expect([...ids].sort()).toEqual(ids);
    expect(await keptFromSeed(null)).toEqual(ids);
    expect(await keptFromSeed({})).toEqual(ids);
    expect(referenceEntities({})).toEqual(ids);
  });

  /** A filter whose ids differ between the server and the reference, with both answers. */
  const mismatch = async (where: Where) => {
    const [actual, expected] = [await keptFromSeed(where), referenceEntities(where)];
    return JSON.stringify(actual) === JSON.stringify(expected)
      ? []
      : [{ where, server: actual, reference: expected }];
  };

  it("keeps what the reference keeps at the edges of the semantics", async () => {
    // Two at a time: the database plans each new filter's statement, on both cores.
    const found: unknown[] = [];
    for (let i = 0; i < CORNER_CASES.length; i += 2) {
      const pair = CORNER_CASES.slice(i, i + 2);
      const answers = await Promise.all(pair.map(([, where]) => mismatch(where)));
      pair.forEach(([rule], j) => found.push(...answers[j]!.map((m) => ({ rule, ...m }))));
    }
    expect(found).toEqual([]);
  });

  it("keeps what the reference keeps, in id order, for random filters", async () => {
    const kept: number[] = [];
    await fc.assert(
      fc.asyncProperty(whereArbitrary(), async (where: Where) => {
        expect(await mismatch(where)).toEqual([]);
        kept.push(referenceEntities(where).length);
      }),
      { numRuns: DIFFERENTIAL_RUNS, seed: SEED },
    );
    // The comparison means something only if the filters keep some entities and drop others.
    const partial = kept.filter((n) => n > 0 && n < SEED_IDS.size).length;
    expect(kept).toHaveLength(DIFFERENTIAL_RUNS);
    expect(partial).toBeGreaterThan(DIFFERENTIAL_RUNS / 5);
    expect(kept.filter((n) => n === 0).length).toBeLessThan(DIFFERENTIAL_RUNS * 0.6);
  });

  it("generates filters within the server's bounds, nested and quantified", () => {
    const sizes = fc.sample(whereArbitrary(), { numRuns: DIFFERENTIAL_RUNS, seed: SEED });
    const size = sizes.map(filterSize);
    expect(Math.max(...size.map((s) => s.depth))).toBeGreaterThanOrEqual(6);
    expect(Math.max(...size.map((s) => s.quantifiers))).toBeGreaterThanOrEqual(4);
    for (const s of size) {
      expect(s.depth).toBeLessThanOrEqual(8);
      expect(s.conditions).toBeLessThanOrEqual(50);
      expect(s.quantifiers).toBeLessThanOrEqual(8);
    }
  });

  it("keeps what the reference keeps, in the order it computes, for random filters and orders (paged by cursor)", async () => {
    await fc.assert(
      fc.asyncProperty(whereArbitrary(), orderByArbitrary(), async (where: Where, orderBy) => {
        const expected = referenceOrder(referenceEntities(where), orderBy);
        expect({ where, orderBy, ids: await keptFromSeed(where, orderBy) }).toEqual({
          where,
          orderBy,
          ids: expected,
        });
      }),
      { numRuns: ORDER_RUNS, seed: SEED },
    );
  });

  it("answers hostile filters without an internal error, naming the field out of bounds", async () => {
    const seen = { bounds: 0, refused: 0, any: 0 };
    await fc.assert(
      fc.asyncProperty(hostileWhereArbitrary(), async (c) => {
        seen[c.expect]++;
        const res = await api.gql(ENTITIES, { where: c.where, after: null });
        expect(res.status).toBeLessThan(500);
        expect(internal(res)).toEqual([]);
        for (const e of res.errors ?? []) {
          if (e.extensions?.field !== undefined) {
            expect(String(e.extensions.field)).toMatch(/^(entities\.where(\.|$)|variables$)/);
          }
        }
        if (c.expect === "bounds") {
          expect(res.errors?.[0]?.extensions).toMatchObject({
            code: "BAD_USER_INPUT",
            field: c.field,
          });
          expect(res.data?.entities ?? null).toBeNull();
        } else if (c.expect === "refused") {
          expect(res.errors?.length).toBeGreaterThan(0);
          expect(res.data?.entities ?? null).toBeNull();
        } else if (!res.errors) {
          expect(Array.isArray(res.data?.entities?.edges)).toBe(true);
        }
      }),
      { numRuns: HOSTILE_RUNS, seed: SEED },
    );
    expect(seen.bounds).toBeGreaterThan(HOSTILE_RUNS / 5);
    expect(seen.refused).toBeGreaterThan(HOSTILE_RUNS / 10);
    expect(seen.any).toBeGreaterThan(HOSTILE_RUNS / 10);
  });
});
