import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { parse, validate } from "graphql";
import { buildApiSchema } from "../../src/schema/build-schema";
import { filterCost } from "../../src/plugins/filter-cost.plugin";
import { TestApi } from "../support/api";
import { seedGraph, seedIds } from "../support/reference-where";
import { CustomApi } from "../support/custom-api";

/**
 * Other test files write entities and relationships (up to a thousand at once) into the same database meanwhile:
 * every list here keeps to the seed's entities (59, under the 100 an `in` list takes), so its answers do not
 * depend on them.
 */
const SEED_ONLY = { id: { in: seedIds() } };

/** Ids of the entities an `entities(where:)` query keeps (first page of 100). */
const ENTITIES = `query($where: EntityWhere) { entities(where: $where, first: 100) { totalCount edges { node { id } } } }`;

describe("where filters", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  const ids = async (where: unknown): Promise<string[]> => {
    const { entities } = (await api.data(ENTITIES, {
      where: { AND: [where, SEED_ONLY] },
    })) as any;
    const found = entities.edges.map((e: any) => e.node.id) as string[];
    expect(entities.totalCount).toBe(found.length);
    return found;
  };

  it("keeps the owners of a majority stake (a quantifier on a relationship property)", async () => {
    const owners = await ids({ holdings: { some: { percentage: { gte: 50 } } } });
    expect(owners).toContain("iij");
    expect(owners).not.toContain("ntt");
    expect([...owners].sort()).toEqual(owners);
    // The same holders, answered from the stakes themselves.
    const { entities } = (await api.data(
      `query($where: EntityWhere) { entities(first: 100, where: $where) { edges { node { id ... on Company { holdings { percentage } } } } } }`,
      { where: SEED_ONLY },
    )) as any;
    const expected = entities.edges
      .filter((e: any) =>
        (e.node.holdings ?? []).some((h: any) => h.percentage !== null && h.percentage >= 50),
      )
      .map((e: any) => e.node.id);
    expect(owners).toEqual(expected);
  });

  it("combines AND, OR and NOT with text and enum operators", async () => {
    const japanese = await ids({ kind: { eq: "Company" }, country: { eq: "JP" } });
    const notJapanese = await ids({ kind: { eq: "Company" }, NOT: { country: { eq: "JP" } } });
    const companies = await ids({ kind: { in: ["Company"] } });
    expect([...japanese, ...notJapanese].sort()).toEqual(companies);
    const either = await ids({ OR: [{ id: { eq: "iij" } }, { name: { startsWith: "KDDI" } }] });
    expect(either).toEqual(["iij", "kddi"]);
    const insensitive = await ids({ name: { contains: "kddi", caseInsensitive: true } });
    expect(insensitive).toContain("kddi");
    expect(await ids({ name: { contains: "kddi" } })).toEqual([]);
  });

  it("reads a far end through a relationship's entity field and counts items", async () => {
    const heldByNtt = await ids({ owners: { some: { owner: { id: { eq: "ntt" } } } } });
    expect(heldByNtt).toContain("iij");
    const noOwners = await ids({ kind: { eq: "Company" }, owners: { count: { eq: 0 } } });
    const withOwners = await ids({ kind: { eq: "Company" }, owners: { count: { gte: 1 } } });
    expect(noOwners.filter((x) => withOwners.includes(x))).toEqual([]);
    expect(withOwners).toContain("iij");
    const all = await ids({
      kind: { eq: "Company" },
      owners: { all: { percentage: { gte: 50 } } },
    });
    // Every company without owners meets `all`; IIJ, with a 29.7% owner, does not.
    expect(all).toEqual(expect.arrayContaining(noOwners));
    expect(all).not.toContain("iij");
  });

  it("compares partial dates at the coarser precision", async () => {
    const at = async (filter: unknown) =>
      ids({ kind: { eq: "Company" }, owners: { some: { since: filter } } });
    const year = await at({ eq: "2003" });
    const month = await at({ eq: "2003-09" });
    expect(month.every((x) => year.includes(x))).toBe(true);
  });

  it("filters a relationship list of an entity", async () => {
    const { entity } = (await api.data(
      `{ entity(id: "iij") { ... on Company { holdings(first: 100, where: { percentage: { gte: 50 } }) { percentage owned { id } } all: holdings(first: 100) { percentage } } } }`,
    )) as any;
    expect(entity.holdings.length).toBeGreaterThan(0);
    expect(entity.holdings.every((h: any) => h.percentage >= 50)).toBe(true);
    expect(entity.holdings.length).toBe(
      entity.all.filter((h: any) => h.percentage !== null && h.percentage >= 50).length,
    );
  });

  it("pages a filtered list by cursor", async () => {
    const where = { kind: { eq: "Company" }, ...SEED_ONLY };
    const page1 = (await api.data(
      `query($where: EntityWhere) { entities(where: $where, first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      { where },
    )) as any;
    const page2 = (await api.data(
      `query($where: EntityWhere, $after: String) { entities(where: $where, first: 5, after: $after) { totalCount pageInfo { hasPreviousPage } edges { node { id } } } }`,
      { where, after: page1.entities.pageInfo.endCursor },
    )) as any;
    const all = await ids(where);
    expect([...page1.entities.edges, ...page2.entities.edges].map((e: any) => e.node.id)).toEqual(
      all.slice(0, 10),
    );
    expect(page1.entities.pageInfo.hasNextPage).toBe(true);
    expect(page2.entities.pageInfo.hasPreviousPage).toBe(true);
    expect(page2.entities.totalCount).toBe(all.length);
  });

  it.each([
    [
      { holdings: { some: { percentage: { in: Array.from({ length: 101 }, (_, i) => i) } } } },
      "where.holdings.some.percentage.in",
    ],
    [{ name: { eq: "x".repeat(201) } }, "where.name.eq"],
    [{ OR: Array.from({ length: 21 }, () => ({})) }, "where.OR"],
    [{ owners: { some: { since: { gte: "2007-13" } } } }, "where.owners.some.since.gte"],
    [
      { NOT: { NOT: { NOT: { NOT: { NOT: { NOT: { NOT: { NOT: { id: { eq: "iij" } } } } } } } } } },
      "where.NOT.NOT.NOT.NOT.NOT.NOT.NOT.NOT",
    ],
  ])(
    "refuses an out-of-bounds filter with BAD_USER_INPUT and its path (%#)",
    async (where, field) => {
      const res = await api.gql(ENTITIES, { where });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: `entities.${field}`,
      });
    },
  );

  it("counts a filter given in variables toward the cost limit, and refuses the operation over it before it runs", async () => {
    const schema = await buildApiSchema();
    let selections = 0;
    validate(schema, parse(ENTITIES), [
      costLimitRule({ maxCost: 1e9, onAccept: [(_, { n }) => (selections = n)] }),
    ]);
    const light = { holdings: { some: { percentage: { gte: 50 } } } };
    const heavy = { ...light, owners: { some: { owner: { id: { eq: "ntt" } } } } };
    expect(filterCost(heavy)).toBeGreaterThan(filterCost(light));
    const limited = await CustomApi.start(api.db.gateway, {
      maxCost: selections + filterCost(light),
    });
    try {
      const ok = await limited.gql(ENTITIES, { where: light });
      expect(ok.errors).toBeUndefined();
      const over = await limited.gql(ENTITIES, { where: heavy });
      expect(over.status).toBe(400);
      expect(over.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(over.errors?.[0]?.message).toContain(`filters ${filterCost(heavy)}`);
      expect(over.headers.get("x-cypher-statements")).toBe("0");
    } finally {
      await limited.stop();
    }
  });

  describe("orderBy", () => {
    const SORTED = `query($where: EntityWhere, $orderBy: [EntitySort!], $first: Int!, $after: String) {
      entities(where: $where, orderBy: $orderBy, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id name holdings(first: 100) { percentage } owners(first: 100) { id } } }
      }
    }`;
    const companies = { kind: { eq: "Company" }, ...SEED_ONLY };

    /** Every page of the list, by cursor, `size` at a time. */
    const pages = async (orderBy: unknown, size: number) => {
      const nodes: any[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i++) {
        const { entities } = (await api.data(SORTED, {
          where: companies,
          orderBy,
          first: size,
          after,
        })) as any;
        nodes.push(...entities.edges.map((e: any) => e.node));
        if (!entities.pageInfo.hasNextPage) break;
        after = entities.pageInfo.endCursor;
      }
      return nodes;
    };

    it("sorts by an aggregate, then by a field, then by id; pages by cursor in that order", async () => {
      const orderBy = [{ holdings: { count: "DESC" } }, { name: "ASC" }];
      const whole = await pages(orderBy, 100);
      const expected = [...whole].sort(
        (a, b) =>
          b.holdings.length - a.holdings.length ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
          (a.id < b.id ? -1 : 1),
      );
      expect(whole.map((n) => n.id)).toEqual(expected.map((n) => n.id));
      expect(whole[0].holdings.length).toBeGreaterThan(1);
      // Pages of 4 by cursor give the same order, each entity once.
      expect((await pages(orderBy, 4)).map((n) => n.id)).toEqual(whole.map((n) => n.id));
    });

    it("sorts by the sum of stakes, descending (absent sums as 0), and by absent values as ORDER BY does", async () => {
      const whole = await pages([{ owners: { percentage: { sum: "DESC" } } }], 100);
      expect(whole.length).toBeGreaterThan(5);
      const { entities } = (await api.data(
        `query($where: EntityWhere) { entities(kind: Company, first: 100, where: $where) { edges { node { id owners { percentage } } } } }`,
        { where: SEED_ONLY },
      )) as any;
      const sum = new Map<string, number>(
        entities.edges.map((e: any) => [
          e.node.id,
          e.node.owners.reduce((s: number, o: any) => s + (o.percentage ?? 0), 0),
        ]),
      );
      const sums = whole.map((n) => sum.get(n.id)!);
      expect([...sums].sort((a, b) => b - a)).toEqual(sums);
      const maxFirst = await pages(
        [{ owners: { percentage: { max: "DESC" } } }, { id: "DESC" }],
        3,
      );
      // Descending puts the entities without any stated stake (an absent max) first.
      const firstStated = maxFirst.findIndex((n) => n.owners.length > 0 && sum.get(n.id)! > 0);
      expect(firstStated).toBeGreaterThan(0);
      expect(maxFirst.slice(firstStated).every((n) => sum.get(n.id)! > 0)).toBe(true);
    });

    it.each([
      [[{ name: "ASC", id: "DESC" }], "entities.orderBy.0"],
      [
        [{ holdings: { count: "DESC", percentage: { sum: "ASC" } } }],
        "entities.orderBy.0.holdings",
      ],
      [Array.from({ length: 6 }, () => ({ name: "ASC" })), "entities.orderBy"],
    ])("refuses a sort key that names none or several fields (%#)", async (orderBy, field) => {
      const res = await api.gql(SORTED, { orderBy, first: 5 });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    });

    it("refuses a cursor of another order", async () => {
      const byId = (await api.data(SORTED, { where: companies, first: 2 })) as any;
      const res = await api.gql(SORTED, {
        orderBy: [{ name: "ASC" }],
        first: 2,
        after: byId.entities.pageInfo.endCursor,
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    });
  });

  describe("aggregates of relationship lists", () => {
    it("counts and aggregates the items a list's arguments keep, whole, as the list itself reads them", async () => {
      const { entity } = (await api.data(
        `{ entity(id: "iij") {
            holdings(first: 100) { percentage }
            majority: holdings(first: 100, where: { percentage: { gte: 50 } }) { percentage }
            holdingsAggregate { count percentage { min max avg sum } }
            big: holdingsAggregate(where: { percentage: { gte: 50 } }) { count percentage { sum } }
            owners(first: 100) { id }
            ownersAggregate { count }
            relationshipsAggregate(types: [COMPETES_WITH]) { count }
            competitors(first: 100) { id }
        } }`,
      )) as any;
      const stated = entity.holdings.map((h: any) => h.percentage).filter((p: any) => p !== null);
      const sum = stated.reduce((a: number, b: number) => a + b, 0);
      expect(entity.holdingsAggregate).toEqual({
        count: entity.holdings.length,
        percentage: {
          min: Math.min(...stated),
          max: Math.max(...stated),
          avg: expect.closeTo(sum / stated.length, 6),
          sum: expect.closeTo(sum, 6),
        },
      });
      expect(entity.big.count).toBe(entity.majority.length);
      expect(entity.big.percentage.sum).toBeCloseTo(
        entity.majority.reduce((a: number, h: any) => a + h.percentage, 0),
        6,
      );
      expect(entity.ownersAggregate.count).toBe(entity.owners.length);
      expect(entity.relationshipsAggregate.count).toBe(entity.competitors.length);
    });

    it("counts an entity's events and aggregates their stakes, as the events list reads them", async () => {
      const { entity } = (await api.data(
        `{ entity(id: "iij") {
            events(first: 100, kinds: [Investment, Acquisition]) { stake participants { entity { id } } }
            eventsAggregate(kinds: [Investment, Acquisition]) { count stake { min max avg sum } }
            withOthers: events(first: 100, where: { participants: { count: { gte: 2 } } }) { id }
            withOthersAggregate: eventsAggregate(where: { participants: { count: { gte: 2 } } }) { count }
        } }`,
      )) as any;
      const stakes = entity.events.map((e: any) => e.stake).filter((x: any) => x !== null);
      expect(stakes.length).toBeGreaterThan(0);
      const sum = stakes.reduce((a: number, b: number) => a + b, 0);
      expect(entity.eventsAggregate).toEqual({
        count: entity.events.length,
        stake: {
          min: Math.min(...stakes),
          max: Math.max(...stakes),
          avg: expect.closeTo(sum / stakes.length, 6),
          sum: expect.closeTo(sum, 6),
        },
      });
      expect(entity.withOthersAggregate.count).toBe(entity.withOthers.length);
    });

    it("gives an empty list's aggregates: count 0, sum 0, the others absent", async () => {
      const { entity } = (await api.data(
        `{ entity(id: "iij") { holdingsAggregate(where: { percentage: { gt: 100 } }) { count percentage { min max avg sum } } } }`,
      )) as any;
      expect(entity.holdingsAggregate).toEqual({
        count: 0,
        percentage: { min: null, max: null, avg: null, sum: 0 },
      });
    });
  });

  describe("aggregate and groupBy on the entities connection", () => {
    it("counts every entity kept and groups them by kind and country, largest group first", async () => {
      const where = { kind: { in: ["Company", "GovernmentBody"] }, ...SEED_ONLY };
      const { entities } = (await api.data(
        `query($where: EntityWhere) { entities(where: $where, first: 2) {
            totalCount
            aggregate { count byKind: groupBy(by: [KIND]) { key { kind country } count } groupBy(by: [KIND, COUNTRY], first: 3) { key { kind country } count } }
        } }`,
        { where },
      )) as any;
      const all = (await api.data(
        `query($where: EntityWhere) { entities(where: $where, first: 100) { edges { node { id kind ... on Company { country } ... on GovernmentBody { country } } } } }`,
        { where },
      )) as any;
      const nodes = all.entities.edges.map((e: any) => e.node);
      expect(entities.aggregate.count).toBe(nodes.length);
      expect(entities.totalCount).toBe(nodes.length);
      const byKind = new Map<string, number>();
      for (const n of nodes) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
      expect(entities.aggregate.byKind).toEqual(
        [...byKind]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .map(([kind, count]) => ({ key: { kind, country: null }, count })),
      );
      const pairs = new Map<string, number>();
      for (const n of nodes) {
        const k = JSON.stringify([n.kind, n.country ?? null]);
        pairs.set(k, (pairs.get(k) ?? 0) + 1);
      }
      const largest = Math.max(...pairs.values());
      expect(entities.aggregate.groupBy).toHaveLength(3);
      expect(entities.aggregate.groupBy[0].count).toBe(largest);
      for (const g of entities.aggregate.groupBy) {
        expect(pairs.get(JSON.stringify([g.key.kind, g.key.country]))).toBe(g.count);
      }
    });

    it("refuses a groupBy without keys, naming it", async () => {
      const res = await api.gql(`{ entities { aggregate { groupBy(by: []) { count } } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toContain("by");
    });
  });

  describe("the relationships connection", () => {
    const REL = `query($where: RelationshipWhere, $orderBy: [RelationshipSort!], $first: Int!, $after: String) {
      relationships(types: [OWNS], where: $where, orderBy: $orderBy, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id source target properties } }
        aggregate { count percentage { min max sum } groupBy(by: [CONSOLIDATION]) { key { consolidation type } count percentage { sum } } }
      }
    }`;

    it("filters by a property and by an end's own relationships, sorts by percentage and aggregates what it keeps", async () => {
      const where = {
        percentage: { gte: 20 },
        from: { kind: { eq: "Company" }, ...SEED_ONLY },
      };
      const orderBy = [{ percentage: "DESC" }];
      const whole = (await api.data(REL, { where, orderBy, first: 100 })) as any;
      const rels = whole.relationships.edges.map((e: any) => e.node);
      expect(rels.length).toBeGreaterThan(3);
      const pct = rels.map((r: any) => r.properties.percentage);
      expect(pct.every((p: number) => p >= 20)).toBe(true);
      expect([...pct].sort((a, b) => b - a)).toEqual(pct);
      const agg = whole.relationships.aggregate;
      expect(agg.count).toBe(rels.length);
      expect(agg.percentage.max).toBe(pct[0]);
      expect(agg.percentage.sum).toBeCloseTo(
        pct.reduce((a: number, b: number) => a + b, 0),
        6,
      );
      expect(agg.groupBy.reduce((n: number, g: any) => n + g.count, 0)).toBe(rels.length);
      expect(agg.groupBy.every((g: any) => g.key.type === null)).toBe(true);
      // Two pages by cursor, in the same order.
      const p1 = (await api.data(REL, { where, orderBy, first: 2 })) as any;
      const p2 = (await api.data(REL, {
        where,
        orderBy,
        first: 2,
        after: p1.relationships.pageInfo.endCursor,
      })) as any;
      expect(
        [...p1.relationships.edges, ...p2.relationships.edges].map((e: any) => e.node.id),
      ).toEqual(rels.slice(0, 4).map((r: any) => r.id));
    });

    it("reads an end's relationships inside a relationship filter", async () => {
      const where = { to: { id: { eq: "iij" } }, from: { holdings: { count: { gte: 1 } } } };
      const { relationships } = (await api.data(REL, { where, first: 100 })) as any;
      expect(relationships.edges.length).toBeGreaterThan(0);
      expect(relationships.edges.every((e: any) => e.node.target === "iij")).toBe(true);
    });

    it("counts and groups only the graph's relationships when every type is asked, not the source's links", async () => {
      const { relationships } = (await api.data(
        `{ relationships(first: 5) { totalCount edges { node { id } } aggregate { count groupBy(by: [TYPE], first: 20) { key { type } count } } } }`,
      )) as any;
      const groups = relationships.aggregate.groupBy as Array<{
        key: { type: string };
        count: number;
      }>;
      expect(groups.length).toBeGreaterThan(5);
      expect(groups.every((g) => typeof g.key.type === "string")).toBe(true);
      expect(groups.reduce((n, g) => n + g.count, 0)).toBe(relationships.aggregate.count);
      expect(relationships.aggregate.count).toBe(relationships.totalCount);
      expect(relationships.edges).toHaveLength(5);
    });

    it("refuses where with knownAt", async () => {
      const res = await api.gql(
        `{ relationships(knownAt: "2030-01-01T00:00:00Z", where: { percentage: { gte: 1 } }) { totalCount } }`,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "knownAt",
      });
    });
  });

  describe("the events connection", () => {
    const EVENTS = `query($where: EventWhere, $orderBy: [EventSort!], $first: Int!, $after: String) {
      events(where: $where, orderBy: $orderBy, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id kind date stake amount { amount currency usd } participants { role entity { id } } } }
        aggregate {
          count stake { max sum } amount { sum { amount currency usd } max { amount } }
          byYear: groupBy(by: [YEAR]) { key { year kind role } count }
          byRole: groupBy(by: [ROLE], first: 100) { key { role } count }
        }
      }
    }`;

    it("keeps the events an entity takes part in, newest first, with their yen totals and groups", async () => {
      const where = { participants: { some: { entity: { id: { eq: "iij" } } } } };
      const { events } = (await api.data(EVENTS, {
        where,
        orderBy: [{ date: "DESC" }],
        first: 100,
      })) as any;
      const nodes = events.edges.map((e: any) => e.node);
      expect(nodes.length).toBeGreaterThan(3);
      expect(nodes.every((n: any) => n.participants.some((p: any) => p.entity.id === "iij"))).toBe(
        true,
      );
      // DESC puts undated events first, then the dates as text, largest first.
      const dated = nodes.map((n: any) => n.date).filter((d: any) => d !== null);
      expect([...dated].sort().reverse()).toEqual(dated);
      const agg = events.aggregate;
      expect(agg.count).toBe(nodes.length);
      const yen = nodes
        .map((n: any) => n.amount)
        .filter((a: any) => a !== null && a.currency === "JPY" && a.amount !== null)
        .map((a: any) => a.amount);
      expect(agg.amount.sum.currency).toBe("JPY");
      expect(agg.amount.sum.amount).toBeCloseTo(
        yen.reduce((a: number, b: number) => a + b, 0),
        3,
      );
      if (yen.length) expect(agg.amount.sum.usd).toBeGreaterThan(0);
      const years = new Map<string | null, number>();
      for (const n of nodes) {
        const year = n.date === null ? null : String(n.date).slice(0, 4);
        years.set(year, (years.get(year) ?? 0) + 1);
      }
      expect(agg.byYear.reduce((a: number, g: any) => a + g.count, 0)).toBe(nodes.length);
      for (const g of agg.byYear) {
        expect(years.get(g.key.year)).toBe(g.count);
        expect(g.key.kind).toBeNull();
      }
      const roles = new Map<string, number>();
      for (const n of nodes)
        for (const role of new Set<string>(n.participants.map((p: any) => p.role)))
          roles.set(role, (roles.get(role) ?? 0) + 1);
      expect(new Map(agg.byRole.map((g: any) => [g.key.role, g.count]))).toEqual(roles);
    });

    it("filters on an entity's events and on the kind and date of events", async () => {
      const { events } = (await api.data(EVENTS, {
        where: { kind: { in: ["Investment", "Acquisition"] }, date: { gte: "2005" } },
        first: 100,
      })) as any;
      for (const e of events.edges) {
        expect(["Investment", "Acquisition"]).toContain(e.node.kind);
        expect(e.node.date.slice(0, 4) >= "2005").toBe(true);
      }
      const withEvents = await ids({ events: { some: { kind: { eq: "Investment" } } } });
      expect(withEvents.length).toBeGreaterThan(0);
    });
  });

  it("filters an entity's events by a participant's role", async () => {
    const { entity } = (await api.data(
      `{ entity(id: "iij") { all: events(first: 100) { id participants { role entity { id } } }
          kept: events(first: 100, where: { participants: { some: { entity: { id: { eq: "iij" } }, role: { contains: "INVEST" } } } }) { id } } }`,
    )) as any;
    const expected = entity.all
      .filter((e: any) =>
        e.participants.some((p: any) => p.entity.id === "iij" && p.role.includes("INVEST")),
      )
      .map((e: any) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(entity.all.length);
    expect(entity.kept.map((e: any) => e.id)).toEqual(expected);
  });

  it("filters search hits before cutting at first", async () => {
    const all = (await api.data(
      `{ search(text: "NTT", first: 50) { entity { id kind } } }`,
    )) as any;
    const kept = (await api.data(
      `{ search(text: "NTT", first: 50, where: { kind: { eq: Person } }) { entity { id kind } } }`,
    )) as any;
    const expected = all.search
      .filter((h: any) => h.entity.kind === "Person")
      .map((h: any) => h.entity.id);
    expect(kept.search.map((h: any) => h.entity.id)).toEqual(expected);
    // The best hit left out, the cut at first: 1 still finds the next one.
    const [best, next] = all.search.map((h: any) => h.entity.id);
    const one = (await api.data(
      `query($where: EntityWhere) { search(text: "NTT", first: 1, where: $where) { entity { id } } }`,
      { where: { NOT: { id: { eq: best } } } },
    )) as any;
    expect(one.search.map((h: any) => h.entity.id)).toEqual([next]);
  });

  it("orders a relationship list of an entity by its items' fields or far ends, then by id", async () => {
    const { entity } = (await api.data(
      `{ entity(id: "iij") {
          byStake: holdings(first: 100, orderBy: [{ percentage: DESC }]) { id percentage }
          top: holdings(first: 2, orderBy: [{ percentage: DESC }]) { id }
          risks: riskFactors(first: 100, orderBy: [{ name: DESC }]) { id name }
          byType: relationships(first: 100, orderBy: [{ type: ASC }, { id: DESC }]) { id type }
      } }`,
    )) as any;
    // DESC puts absent percentages first, then the largest; ties by id.
    const expected = [...entity.byStake].sort(
      (a: any, b: any) =>
        (a.percentage === null ? -1 : 0) - (b.percentage === null ? -1 : 0) ||
        (b.percentage ?? 0) - (a.percentage ?? 0) ||
        (a.id < b.id ? -1 : 1),
    );
    expect(entity.byStake.map((h: any) => h.id)).toEqual(expected.map((h: any) => h.id));
    expect(entity.top.map((h: any) => h.id)).toEqual(expected.slice(0, 2).map((h: any) => h.id));
    const names = entity.risks.map((r: any) => r.name);
    expect([...names].sort().reverse()).toEqual(names);
    const types = entity.byType.map((r: any) => r.type);
    expect([...types].sort()).toEqual(types);
  });

  it("orders an entity's competitors by their own fields and lists, and its events by their fields", async () => {
    const { entity: rivals } = (await api.data(
      `{ entity(id: "iij") {
          competitors(first: 100, orderBy: [{ name: DESC }]) { competitor { id name } }
          byHoldings: competitors(first: 100, orderBy: [{ holdings: { count: DESC } }]) { competitor { id holdingsAggregate { count } } }
      } }`,
    )) as any;
    const names = rivals.competitors.map((c: any) => c.competitor.name);
    expect(names.length).toBeGreaterThan(2);
    expect([...names].sort().reverse()).toEqual(names);
    const counts = rivals.byHoldings.map((c: any) => c.competitor.holdingsAggregate.count);
    expect([...counts].sort((a: number, b: number) => b - a)).toEqual(counts);
    const { entity } = (await api.data(
      `{ entity(id: "iij") {
          byDate: events(first: 100) { id date }
          newest: events(first: 100, orderBy: [{ date: DESC }]) { id date }
          byKind: events(first: 2, orderBy: [{ kind: ASC }, { id: DESC }]) { id }
          all: events(first: 100) { id kind }
      } }`,
    )) as any;
    // By date: undated last; DESC: undated first, then the latest.
    const key = (e: any) => `${e.date === null ? "1" : "0"}${e.date ?? ""}`;
    const ascending = [...entity.byDate].sort((a: any, b: any) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1,
    );
    expect(entity.byDate.map((e: any) => e.id)).toEqual(ascending.map((e: any) => e.id));
    const dated = entity.newest.map((e: any) => e.date);
    const firstDated = dated.findIndex((d: any) => d !== null);
    expect(dated.slice(0, firstDated).every((d: any) => d === null)).toBe(true);
    expect(dated.slice(firstDated)).toEqual([...dated.slice(firstDated)].sort().reverse());
    const byKind = [...entity.all].sort((a: any, b: any) =>
      a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id < b.id ? 1 : -1,
    );
    expect(entity.byKind.map((e: any) => e.id)).toEqual(byKind.slice(0, 2).map((e: any) => e.id));
  });

  describe("timeline", () => {
    /** Other test files write events meanwhile: the timeline here keeps to the seed's. */
    const SEED_EVENTS = { id: { in: seedGraph().events.map((e) => e.id) } };
    const TIMELINE = `query($entityId: ID, $where: EventWhere, $orderBy: [EventSort!], $first: Int!) {
      timeline(entityId: $entityId, where: $where, orderBy: $orderBy, first: $first) {
        id kind date participants { role entity { id kind } }
      }
    }`;
    const timeline = async (vars: Record<string, unknown>) =>
      ((await api.data(TIMELINE, vars)) as any).timeline as any[];

    it("filters and orders the events before cutting at first", async () => {
      expect(SEED_EVENTS.id.in.length).toBeLessThanOrEqual(100);
      const all = await timeline({ entityId: "iij", where: SEED_EVENTS, first: 500 });
      const withCompany = (e: any) =>
        e.participants.some((p: any) => p.entity.id !== "iij" && p.entity.kind === "Company");
      const expected = all
        .filter(withCompany)
        .sort(
          (a, b) =>
            (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
            // DESC: undated first, then the latest.
            (a.date === b.date
              ? 0
              : a.date === null
                ? -1
                : b.date === null
                  ? 1
                  : a.date < b.date
                    ? 1
                    : -1) ||
            (a.id < b.id ? -1 : 1),
        )
        .map((e) => e.id);
      expect(expected.length).toBeGreaterThan(2);
      expect(expected.length).toBeLessThan(all.length);
      const where = {
        AND: [
          SEED_EVENTS,
          {
            participants: {
              some: { entity: { kind: { eq: "Company" }, NOT: { id: { eq: "iij" } } } },
            },
          },
        ],
      };
      const orderBy = [{ kind: "ASC" }, { date: "DESC" }];
      const kept = await timeline({ entityId: "iij", where, orderBy, first: 2 });
      expect(kept.map((e) => e.id)).toEqual(expected.slice(0, 2));
      const whole = await timeline({ entityId: "iij", where, orderBy, first: 500 });
      expect(whole.map((e) => e.id)).toEqual(expected);
    });

    it("gives an empty list when the filter keeps nothing, NOT_FOUND for an unknown entity, and BAD_USER_INPUT at the filter's path", async () => {
      const none = await timeline({
        entityId: "iij",
        where: { id: { eq: "no-such-event" } },
        first: 10,
      });
      expect(none).toEqual([]);
      const unknown = await api.gql(TIMELINE, {
        entityId: "no-such-entity",
        where: { id: { eq: "x" } },
        first: 10,
      });
      expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const bad = await api.gql(TIMELINE, {
        where: { name: { contains: "x".repeat(201) } },
        first: 10,
      });
      expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(bad.errors?.[0]?.extensions?.field).toBe("timeline.where.name.contains");
      // An error in a field, once the operation runs: 200 (GraphQL over HTTP); timeline is never null, so
      // the null reaches data.
      expect(bad.status).toBe(200);
      expect(bad.data ?? null).toBeNull();
    });
  });
});
