import { TestApi } from "../support/api";
import { seedGraph } from "../support/reference-where";
import { isSeedId } from "../support/seed-graph";

describe("lookup and relation queries", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  describe("entities", () => {
    /**
     * The entities of a kind by cursor, `first` at a time, up to the first page that reaches other test
     * files' ids (under "test-", after every seed id): ids in page order and that page's totalCount.
     */
    const pageThrough = async (kind: string, first: number) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 1000; page += 1) {
        const { entities } = (await api.data(
          `query($kind: EntityKind, $first: Int!, $after: String) { entities(kind: $kind, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind } } } }`,
          { kind, first, after },
        )) as any;
        for (const e of entities.edges) {
          expect(e.node.kind).toBe(kind);
          seen.push(e.node.id);
        }
        if (!entities.pageInfo.hasNextPage || !isSeedId(seen.at(-1) ?? ""))
          return { seen, total: entities.totalCount as number };
        after = entities.pageInfo.endCursor;
      }
      throw new Error(`more than 1000 pages of ${kind}`);
    };
    const seedOf = (kind: string) =>
      seedGraph()
        .entities.filter((e) => e.props.kind === kind)
        .map((e) => e.id);

    it("pages through the companies by cursor, ordered by id", async () => {
      // Other test files create and delete companies meanwhile: the seed's are met, each once, in id order.
      const { seen } = await pageThrough("Company", 7);
      expect([...new Set(seen)].sort()).toEqual(seen);
      const companies = seedOf("Company");
      expect(companies.length).toBeGreaterThanOrEqual(26);
      expect(seen.filter((id) => companies.includes(id))).toEqual(companies);
    });

    it("counts the entities of a kind in totalCount", async () => {
      // One page, so the page and the count are read by one statement. Government bodies are the kind other
      // test files write least (only the random writes of properties.rel.test.ts may make one).
      const bodies = seedOf("GovernmentBody");
      expect(bodies.length).toBeGreaterThan(2);
      const { seen, total } = await pageThrough("GovernmentBody", 100);
      expect(seen.filter((id) => bodies.includes(id))).toEqual(bodies);
      expect(total).toBe(seen.length);
    });

    it("rejects first: 101 naming the argument and the range", async () => {
      const res = await api.gql(`{ entities(first: 101) { totalCount } }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
      expect(res.errors?.[0]?.message).toContain("first must not be greater than 100");
    });
  });

  describe("search", () => {
    it.each([
      ["NTT Com", "ntt-communications"],
      ["IIJ-Tech", "iij-tech"],
      ["Konami", "konami"],
      ["kddi", "kddi"],
      ["Federal Reserve", "federal-reserve-bank-of-new-york"],
    ])("finds %s first", async (text, id) => {
      const { search } = await api.data(
        `query($text: String!) { search(text: $text) { score entity { id } } }`,
        { text },
      );
      expect(search[0].entity.id).toBe(id);
      const scores = search.map((h: any) => h.score);
      expect([...scores].sort((a: number, b: number) => b - a)).toEqual(scores);
    });

    it("treats Lucene syntax in the text as plain words", async () => {
      const res = await api.gql(
        `{ search(text: "NTT AND (\\"x\\" OR *:*) ~ ^ [a TO z]") { entity { id } } }`,
      );
      expect(res.errors).toBeUndefined();
    });

    it("rejects text without letters or digits", async () => {
      const res = await api.gql(`{ search(text: "***") { entity { id } } }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
    });
  });

  describe("competitors, suppliers, customers", () => {
    it("lists IIJ's competitors by segment", async () => {
      const all = await api.data(
        `{ competitors(id: "iij") { competitor { id } segments includesAffiliates } }`,
      );
      const si = await api.data(
        `{ competitors(id: "iij", segment: SYSTEMS_INTEGRATION) { competitor { id } } }`,
      );
      expect(si.competitors.map((c: any) => c.competitor.id).sort()).toEqual([
        "fujitsu",
        "ibm-japan",
        "nec",
        "ntt-data",
      ]);
      const kddi = all.competitors.find((c: any) => c.competitor.id === "kddi");
      expect(kddi.segments).toEqual(["INTERNET_CONNECTIVITY", "VALUE_ADDED_SERVICES"]);
      expect(
        all.competitors.find((c: any) => c.competitor.id === "ibm-japan").includesAffiliates,
      ).toBe(true);
    });

    it("lists suppliers largest cost share first, and the same edge as a customer", async () => {
      const { suppliers } = await api.data(
        `{ suppliers(id: "iij") { supplier { id } customer { id } what costShare fiscalYear } }`,
      );
      expect(suppliers[0]).toMatchObject({
        supplier: { id: "ntt-communications" },
        customer: { id: "iij" },
        costShare: 66.2,
        fiscalYear: "FY2007",
      });
      expect(suppliers.map((s: any) => s.supplier.id)).toEqual(
        expect.arrayContaining(["kddi", "ntt-east", "ntt-west", "cisco"]),
      );
      const { customers } = await api.data(
        `{ customers(id: "ntt-communications") { customer { id } costShare } }`,
      );
      expect(customers[0]).toEqual({ customer: { id: "iij" }, costShare: 66.2 });
    });

    it("returns NOT_FOUND for an unknown id", async () => {
      const res = await api.gql(`{ suppliers(id: "nobody") { what } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("timeline", () => {
    it("gives IIJ's events in date order with roles and yen amounts valued in dollars", async () => {
      const { timeline } = await api.data(
        `{ timeline(entityId: "iij") { id date kind stake amount { amount currency usd rate { kind period yenPerUsd } } participants { role entity { id } } } }`,
      );
      const dated = timeline.filter((e: any) => e.date !== null).map((e: any) => e.date);
      expect([...dated].sort()).toEqual(dated);
      const firstUndated = timeline.findIndex((e: any) => e.date === null);
      if (firstUndated >= 0)
        expect(timeline.slice(firstUndated).every((e: any) => e.date === null)).toBe(true);
      const gdx = timeline.find((e: any) => e.id === "ev-2007-04-gdx-investment");
      expect(gdx).toMatchObject({ date: "2007-04", kind: "Investment", stake: 51 });
      expect(gdx.amount).toEqual({
        amount: 300000000,
        currency: "JPY",
        usd: 2522492.22,
        rate: { kind: "MONTH", period: "2007-04", yenPerUsd: 118.93 },
      });
      const hiho = timeline.find((e: any) => e.id === "ev-2007-06-hi-ho-acquisition");
      expect(hiho.amount.amount).toBe(1200000000);
      expect(hiho.participants).toEqual(
        expect.arrayContaining([
          { role: "ACQUIRER", entity: { id: "iij" } },
          { role: "TARGET", entity: { id: "hi-ho" } },
          { role: "SELLER", entity: { id: "pns" } },
        ]),
      );
    });

    it("filters by date range at the events' precision and by kind", async () => {
      const { timeline } = await api.data(
        `{ timeline(from: "2007-04-15", to: "2007-06", kinds: [Investment, Acquisition]) { id date kind } }`,
      );
      const ids = timeline.map((e: any) => e.id);
      expect(ids).toContain("ev-2007-04-gdx-investment");
      expect(ids).toContain("ev-2007-06-hi-ho-acquisition");
      for (const e of timeline) {
        expect(["Investment", "Acquisition"]).toContain(e.kind);
        expect(e.date >= "2007-04" && e.date <= "2007-06-99").toBe(true);
      }
    });

    it("rejects a malformed date naming the argument", async () => {
      const res = await api.gql(`{ timeline(from: "2007-13") { id } }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    });
  });

  describe("riskFactors, exchangeRates, convert", () => {
    it("lists the 17 risk factors in source order and those concerning NTT", async () => {
      const { riskFactors: all } = await api.data(
        `{ riskFactors { id name citations { offset } } }`,
      );
      // Other test files create risk factors (ids under "test-") meanwhile.
      const riskFactors = all.filter((r: any) => isSeedId(r.id));
      expect(riskFactors).toHaveLength(17);
      const offsets = riskFactors.map((r: any) => r.citations[0].offset);
      expect([...offsets].sort((a: number, b: number) => a - b)).toEqual(offsets);
      const ntt = await api.data(`{ riskFactors(concerning: "ntt") { name concerns { id } } }`);
      expect(ntt.riskFactors.length).toBeGreaterThan(0);
      for (const r of ntt.riskFactors) expect(r.concerns.map((c: any) => c.id)).toContain("ntt");
      expect(ntt.riskFactors.map((r: any) => r.name)).toContain(
        "NTT, our largest shareholder, could exercise substantial influence over us in a manner which may not necessarily be in our interest or that of our other shareholders.",
      );
    });

    it("gives the rate table with exact figures", async () => {
      const { exchangeRates } = await api.data(
        `{ exchangeRates { id kind period start end rate high low average periodEnd } }`,
      );
      expect(exchangeRates.find((r: any) => r.kind === "CONVENIENCE")).toMatchObject({
        rate: 117.56,
        period: "2007-03-31",
      });
      expect(exchangeRates.find((r: any) => r.id === "rate-fy2003")).toMatchObject({
        start: "2002-04-01",
        end: "2003-03-31",
        high: 133.4,
        low: 115.71,
        average: 121.1,
        periodEnd: 118.07,
      });
      expect(exchangeRates.find((r: any) => r.id === "rate-2007-07")).toMatchObject({
        end: "2007-07-03",
        average: 122.36,
      });
      expect(exchangeRates).toHaveLength(14);
    });

    it("converts at the convenience rate by default and at a period's rate on a date", async () => {
      const { a, b, c } = await api.data(`{
        a: convert(amount: 24300000000) { result rate { kind yenPerUsd } }
        b: convert(amount: 1000, from: USD, to: JPY, on: "2007-07-03") { result rate { kind yenPerUsd } }
        c: convert(amount: 121100, on: "2002-10-01") { result rate { kind period } }
      }`);
      expect(a).toEqual({ result: 206702960.19, rate: { kind: "CONVENIENCE", yenPerUsd: 117.56 } });
      expect(b).toEqual({ result: 122400, rate: { kind: "SPOT", yenPerUsd: 122.4 } });
      expect(c).toEqual({ result: 1000, rate: { kind: "FISCAL_YEAR", period: "FY2003" } });
    });

    it("values a financial figure in dollars and keeps garbled figures uncertain", async () => {
      const deficit = await api.data(
        `{ entity(id: "fig-accumulated-deficit-2007-03-31") { ... on FinancialFigure { asOf amount { amount usd uncertain rate { kind } } } } }`,
      );
      expect(deficit.entity).toEqual({
        asOf: "2007-03-31",
        amount: {
          amount: 24300000000,
          usd: 206702960.19,
          uncertain: false,
          rate: { kind: "CONVENIENCE" },
        },
      });
      const garbled = await api.data(
        `{ entity(id: "fig-crosswave-write-off-fy2004") { ... on FinancialFigure { amount { amount usd uncertain raw } } } }`,
      );
      expect(garbled.entity.amount).toEqual({
        amount: null,
        usd: null,
        uncertain: true,
        raw: "\\$\\frac{4}{2}\\$1 billion",
      });
    });
  });

  describe("nested fields", () => {
    it("answers 20 entities with owners and competitors in one Cypher statement", async () => {
      const res = await api.gql(
        `{ entities(kind: Company, first: 20) { edges { node { id owners { owner { id } percentage } competitors { competitor { id } } } } } }`,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.entities.edges).toHaveLength(20);
      expect(res.headers.get("x-cypher-statements")).toBe("1");
      const iij = await api.data(`{ entity(id: "iij") { owners { owner { id } percentage } } }`);
      expect(iij.entity.owners).toEqual(
        expect.arrayContaining([{ owner: { id: "ntt" }, percentage: 29.7 }]),
      );
    });

    it("gives officers, events, risk factors and figures of an entity", async () => {
      const { entity } = await api.data(`{ entity(id: "iij") {
        officers { person { id } role }
        events(kinds: [Acquisition]) { id role }
        riskFactors(first: 100) { id }
        figures(first: 100) { id }
        relationships(types: [CAN_APPOINT], direction: OUT) { id }
      } }`);
      expect(entity.officers).toContainEqual({
        person: { id: "koichi-suzuki" },
        role: "president, chief executive officer and representative director",
      });
      expect(entity.events).toContainEqual({
        id: "ev-2007-06-hi-ho-acquisition",
        role: "ACQUIRER",
      });
      expect(entity.riskFactors.length).toBeGreaterThan(5);
      expect(entity.figures.map((f: any) => f.id)).toContain("fig-accumulated-deficit-2007-03-31");
      expect(entity.relationships).toEqual([]);
      const ntt = await api.data(
        `{ entity(id: "ntt") { relationships(types: [CAN_APPOINT], direction: OUT) { id target properties } } }`,
      );
      expect(ntt.entity.relationships[0]).toMatchObject({
        target: "iij",
        properties: { seats: 3, bodies: ["directors", "company auditors"], since: "2003-09" },
      });
    });

    it("never leaks Neo4j integers as {low, high}", async () => {
      const res = await api.gql(
        `{ stats { nodes labels { count } } neighborhood(id: "iij", depth: 2) { nodes { properties } edges { properties } } }`,
      );
      expect(JSON.stringify(res)).not.toMatch(/"low":|"high":\{/);
    });
  });
});
