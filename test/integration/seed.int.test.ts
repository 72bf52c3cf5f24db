import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GraphGateway, Row } from "../../src/graph/gateway";
import { loadSeed } from "../../src/seed/load-seed";
import { seedDir } from "../../src/seed/prepare";
import { readSeed, SeedError, SOURCE_FILE } from "../../src/seed/seed-files";
import { seedRows } from "../../src/seed/seed-rows";
import { documentRows } from "../../src/source/document-rows";
import { TestApi } from "../support/api";

/** Data other test files create carries a `test-` id prefix; the seeded graph never does. */
const SEEDED = "NOT coalesce(x.id, x.cites, '') STARTS WITH 'test-'";
/** Seeded nodes: the change log (its records and counter) is not part of the knowledge graph. */
const SEEDED_NODE = `${SEEDED} AND NOT x:Change AND NOT x:ChangeLog`;

type Counts = Record<string, number>;

function tally(names: string[]): Counts {
  const out: Counts = {};
  for (const name of names) out[name] = (out[name] ?? 0) + 1;
  return out;
}

/** What seed/ implies: labels and relationship types with their counts. */
function expectedCounts() {
  const seed = readSeed(seedDir());
  const rows = seedRows(seed);
  const source = documentRows(seed);
  // One SUPPORTS per sentence, target, citing item, end and citation offset (the MERGE key).
  const supports = new Set(
    source.supports.map((r) => JSON.stringify([r.sentence, r.target, r.cites, r.end, r.offset])),
  );
  const labels = tally([
    ...rows.entities.flatMap((r) => ["Entity", r.label]),
    ...rows.events.flatMap((r) => ["Event", r.label]),
    ...rows.exchangeRates.map(() => "ExchangeRate"),
    "Document",
    ...source.sections.map(() => "Section"),
    ...source.sentences.map(() => "Sentence"),
  ]);
  const types = tally([
    ...rows.relationships.map((r) => r.type),
    ...rows.events.flatMap((e) => e.participants.map(() => "INVOLVES")),
    ...source.sections.map(() => "HAS_SECTION"),
    ...source.sentences.map(() => "HAS_SENTENCE"),
    ...[...supports].map(() => "SUPPORTS"),
  ]);
  return { labels, types };
}

async function labelCounts(gateway: GraphGateway): Promise<Counts> {
  const rows = await gateway.readText(
    `MATCH (x) WHERE ${SEEDED_NODE} UNWIND labels(x) AS label RETURN label, count(*) AS count`,
  );
  return Object.fromEntries(rows.map((r) => [r.label as string, r.count as number]));
}

async function typeCounts(gateway: GraphGateway): Promise<Counts> {
  const rows = await gateway.readText(
    `MATCH ()-[x]->() WHERE ${SEEDED} RETURN type(x) AS type, count(*) AS count`,
  );
  return Object.fromEntries(rows.map((r) => [r.type as string, r.count as number]));
}

/** Labels and types of the seeded items only: tests running beside these add and remove their own (`test-`) items. */
async function seededCounts(gateway: GraphGateway): Promise<{ labels: Counts; types: Counts }> {
  return { labels: await labelCounts(gateway), types: await typeCounts(gateway) };
}

describe("seed: the loaded knowledge graph", () => {
  let api: TestApi;
  let gateway: GraphGateway;
  const prefix = `test-seed-${Math.random().toString(36).slice(2, 10)}`;

  beforeAll(async () => {
    api = await TestApi.start();
    gateway = api.db.gateway;
  });
  afterAll(async () => {
    // Only this file's own data, in case a test failed half-way (the gateway has no such statement).
    await api.db.driver.executeQuery("MATCH (x) WHERE x.id STARTS WITH $prefix DETACH DELETE x", {
      prefix,
    });
    await api.stop();
  });

  const rel = async (id: string): Promise<Row> => {
    const [row] = await gateway.readText(
      `MATCH (a)-[r {id: $id}]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
      { id },
    );
    if (!row) throw new Error(`no relationship ${id}`);
    return { ...row, ...(row.props as Row) };
  };
  const event = async (id: string): Promise<Row> => {
    const [row] = await gateway.readText(
      `MATCH (e:Event {id: $id})
       OPTIONAL MATCH (e)-[i:INVOLVES]->(x:Entity)
       WITH e, collect(i.role + ' ' + x.id) AS participants
       RETURN properties(e) AS props, labels(e) AS labels, participants`,
      { id },
    );
    if (!row) throw new Error(`no event ${id}`);
    return {
      ...(row.props as Row),
      labels: row.labels,
      participants: (row.participants as string[]).sort(),
    };
  };
  const entity = async (id: string, fields: string) =>
    (await api.data(`query($id: ID!) { entity(id: $id) { ${fields} } }`, { id })).entity;
  const figure = (id: string) =>
    entity(
      id,
      `... on FinancialFigure { asOf fiscalYear amount { amount currency usd approximate uncertain raw } }`,
    );

  describe("counts", () => {
    it("holds the entities, risk factors and events of the report", async () => {
      const labels = await labelCounts(gateway);
      const [row] = await gateway.readText(
        `MATCH (x:Entity) WHERE x:Company OR x:Person OR x:GovernmentBody RETURN count(x) AS people`,
      );
      expect(row?.people).toBeGreaterThanOrEqual(30);
      expect(labels.RiskFactor).toBe(17);
      expect(labels.Event).toBeGreaterThanOrEqual(20);
    });

    it("has exactly the labels and relationship types the seed files imply", async () => {
      const expected = expectedCounts();
      expect(await labelCounts(gateway)).toEqual(expected.labels);
      expect(await typeCounts(gateway)).toEqual(expected.types);
    });

    it("cites every node but the source's own (document, sections, sentences)", async () => {
      const uncited = await gateway.readText(
        `MATCH (x) WHERE ${SEEDED_NODE} AND NOT (x:Document OR x:Section OR x:Sentence)
           AND (x.citeQuote IS NULL OR size(x.citeQuote) = 0
             OR size(x.citeQuote) <> size(x.citeOffset) OR size(x.citeQuote) <> size(x.citeSection))
         RETURN x.id AS id`,
      );
      expect(uncited).toEqual([]);
    });

    it("cites every relationship but INVOLVES (cited through its event) and the source's own", async () => {
      const uncited = await gateway.readText(
        `MATCH ()-[x]->() WHERE ${SEEDED}
           AND NOT type(x) IN ['INVOLVES', 'HAS_SECTION', 'HAS_SENTENCE', 'SUPPORTS']
           AND (x.citeQuote IS NULL OR size(x.citeQuote) = 0
             OR size(x.citeQuote) <> size(x.citeOffset) OR size(x.citeQuote) <> size(x.citeSection))
         RETURN x.id AS id, type(x) AS type`,
      );
      expect(uncited).toEqual([]);
    });
  });

  describe("citations", () => {
    it("places every stored quote at its stored offset in the source", async () => {
      const source = readFileSync(join(seedDir(), SOURCE_FILE), "utf8");
      const cited = await gateway.readText(
        `CALL {
           MATCH (x) WHERE ${SEEDED_NODE} AND x.citeQuote IS NOT NULL
           RETURN x.id AS id, x.citeQuote AS quotes, x.citeOffset AS offsets
           UNION ALL
           MATCH ()-[x]->() WHERE ${SEEDED} AND x.citeQuote IS NOT NULL
           RETURN x.id AS id, x.citeQuote AS quotes, x.citeOffset AS offsets
         }
         RETURN id, quotes, offsets`,
      );
      expect(cited.length).toBeGreaterThan(100);
      const misplaced = cited.flatMap((row) =>
        (row.quotes as string[])
          .map((quote, i) => ({ id: row.id, i, quote, offset: (row.offsets as number[])[i] }))
          .filter(
            (c) =>
              typeof c.offset !== "number" || source.substr(c.offset, c.quote.length) !== c.quote,
          ),
      );
      expect(misplaced).toEqual([]);
    });
  });

  describe("loadSeed", () => {
    it("changes no count when the same seed is loaded again", async () => {
      const before = await seededCounts(gateway);
      const result = await loadSeed(gateway, readSeed(seedDir()));
      expect(await seededCounts(gateway)).toEqual(before);
      const expected = expectedCounts();
      expect(result.entities).toBe(expected.labels.Entity);
      expect(result.events).toBe(expected.labels.Event);
    });

    it("writes nothing when a statement fails inside the load's transaction", async () => {
      const ids = [`${prefix}-owner`, `${prefix}-owned`];
      const entities = ids.map((id) => ({
        id,
        label: "Company",
        props: {
          id,
          kind: "Company",
          name: id,
          aliases: [],
          citeSection: ["s"],
          citeQuote: ["IIJ"],
          citeOffset: [0],
        },
      }));
      const relationship = (props: Record<string, unknown>) => ({
        id: `${prefix}-owns`,
        type: "OWNS",
        from: ids[0],
        to: ids[1],
        props: { id: `${prefix}-owns`, ...props },
      });
      const present = async () =>
        (await gateway.readText(`MATCH (x:Entity) WHERE x.id IN $ids RETURN x.id AS id`, { ids }))
          .length;

      await expect(
        gateway.writeAll([
          ["seed/merge-entities", { rows: entities }],
          [
            "seed/merge-relationships",
            { rows: [relationship({ percentage: { nested: "a map" } })] },
          ],
        ]),
      ).rejects.toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\./) });
      expect(await present()).toBe(0);

      // The same steps with a valid property commit both: the failure above was the only difference.
      await gateway.writeAll([
        ["seed/merge-entities", { rows: entities }],
        ["seed/merge-relationships", { rows: [relationship({ percentage: 50 })] }],
      ]);
      expect(await present()).toBe(2);
      await api.db.driver.executeQuery("MATCH (x:Entity) WHERE x.id IN $ids DETACH DELETE x", {
        ids,
      });
      expect(await present()).toBe(0);
    });

    it("rejects a broken seed folder before anything is written", async () => {
      const dir = mkdtempSync(join(tmpdir(), "iij-seed-int-"));
      try {
        cpSync(seedDir(), dir, { recursive: true });
        const path = join(dir, "relationships.yaml");
        writeFileSync(
          path,
          readFileSync(path, "utf8").replace('asOf: "2007-03-31"', 'asOf: "2007-13"'),
        );
        const before = await seededCounts(gateway);
        await expect(async () => loadSeed(gateway, readSeed(dir))).rejects.toBeInstanceOf(
          SeedError,
        );
        expect(await seededCounts(gateway)).toEqual(before);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe("check facts of seed/README.md", () => {
    it("1. NTT and its affiliates own 29.7% of IIJ as of 2007-03-31", async () => {
      expect(await rel("rel-ntt-owns-iij")).toMatchObject({
        type: "OWNS",
        from: "ntt",
        to: "iij",
        percentage: 29.7,
        asOf: "2007-03-31",
        includesAffiliates: true,
      });
      // The text dates the purchase (fact 3), not the start of the holding.
      expect((await rel("rel-ntt-owns-iij")).since ?? null).toBeNull();
      expect((await rel("rel-ntt-communications-owns-iij")).since ?? null).toBeNull();
    });

    it("2. NTT may nominate up to 3 directors or company auditors since 2003-09, subject to shareholders' approval", async () => {
      expect(await rel("rel-ntt-can-appoint-iij")).toMatchObject({
        type: "CAN_APPOINT",
        from: "ntt",
        to: "iij",
        seats: 3,
        bodies: ["directors", "company auditors"],
        since: "2003-09",
        right: "NOMINATE",
        condition: expect.stringContaining("subject to approval by IIJ's shareholders"),
      });
    });

    it("3. NTT and NTT Communications bought IIJ shares in 2003-09, amount not stated", async () => {
      const e = await event("ev-2003-09-ntt-share-purchase");
      expect(e).toMatchObject({ kind: "Investment", date: "2003-09" });
      expect(e.labels).toEqual(expect.arrayContaining(["Event", "Investment"]));
      expect(e.amount ?? null).toBeNull();
      expect(e.participants).toEqual([
        "INVESTEE iij",
        "INVESTOR ntt",
        "INVESTOR ntt-communications",
      ]);
    });

    it("4. NTT Communications accounts for 66.2% of FY2007 domestic backbone costs", async () => {
      expect(await rel("rel-ntt-communications-supplies-iij-backbone")).toMatchObject({
        type: "SUPPLIES",
        from: "ntt-communications",
        to: "iij",
        costShare: 66.2,
        fiscalYear: "FY2007",
      });
      expect(
        (await rel("rel-ntt-communications-supplies-iij-data-center")).costShare ?? null,
      ).toBeNull();
    });

    it("5. IIJ invested ¥300 million in GDX Japan in 2007-04 for 51%, consolidated", async () => {
      expect(await event("ev-2007-04-gdx-investment")).toMatchObject({
        date: "2007-04",
        amount: 300000000,
        amountCurrency: "JPY",
        stake: 51,
        participants: ["INVESTEE gdx-japan", "INVESTOR iij"],
      });
      expect(await rel("rel-iij-owns-gdx-japan")).toMatchObject({
        percentage: 51,
        consolidation: "CONSOLIDATED",
        since: "2007-04",
      });
    });

    it("6. IIJ acquired 100% of hi-ho from PNS in 2007-06 for ¥1,200 million", async () => {
      expect(await event("ev-2007-06-hi-ho-acquisition")).toMatchObject({
        kind: "Acquisition",
        date: "2007-06",
        amount: 1200000000,
        amountCurrency: "JPY",
        stake: 100,
        participants: ["ACQUIRER iij", "SELLER pns", "TARGET hi-ho"],
      });
    });

    it("7. IIJ invested ¥235 million in TCC in 2007-07 for 45%, equity method", async () => {
      expect(await event("ev-2007-07-tcc-investment")).toMatchObject({
        date: "2007-07",
        amount: 235000000,
        stake: 45,
      });
      expect(await rel("rel-iij-owns-tcc")).toMatchObject({
        percentage: 45,
        consolidation: "EQUITY_METHOD",
      });
    });

    it("8. IIJ invested ¥750 million in i-revo in 2006-02; equity method, no stated percentage", async () => {
      expect(await event("ev-2006-02-i-revo-investment")).toMatchObject({
        date: "2006-02",
        amount: 750000000,
      });
      const owns = await rel("rel-iij-owns-i-revo");
      expect(owns.consolidation).toBe("EQUITY_METHOD");
      expect(owns.percentage ?? null).toBeNull();
      const partners = await gateway.readText(
        `MATCH (p:Entity)-[:PARTNER_IN]->(:Company {id: 'i-revo'}) RETURN p.id AS id ORDER BY id`,
      );
      expect(partners.map((p) => p.id)).toEqual(["iij", "konami"]);
    });

    it("9. NCJ was established in 2006-08 with ¥110 million and bought a business for ¥75 million", async () => {
      expect(await event("ev-2006-08-ncj-establishment")).toMatchObject({
        date: "2006-08",
        amount: 110000000,
        stake: 100,
      });
      expect(await rel("rel-net-chart-japan-corp-transferred-business-to-ncj")).toMatchObject({
        type: "TRANSFERRED_BUSINESS_TO",
        from: "net-chart-japan-corp",
        to: "ncj",
        amount: 75000000,
      });
    });

    it("10. IIJ-MC merged into IIJ in 2005-10", async () => {
      expect(await rel("rel-iij-mc-merged-into-iij")).toMatchObject({
        type: "MERGED_INTO",
        date: "2005-10",
      });
      expect(await entity("iij-mc", "kind ... on Company { status }")).toEqual({
        kind: "Company",
        status: "MERGED",
      });
    });

    it("11. IIJ-Tech and Net Care became wholly owned by share exchanges in 2007-05", async () => {
      const rows = await gateway.readText(
        `MATCH (e:ShareExchange {date: '2007-05'})-[:INVOLVES {role: 'TARGET'}]->(x) RETURN x.id AS id ORDER BY id`,
      );
      expect(rows.map((r) => r.id)).toEqual(["iij-tech", "net-care"]);
    });

    it("11. before the share exchanges they were IIJ's subsidiaries, with no stake stated", async () => {
      const holdings = async (asOf: string) =>
        (
          await entity(
            "iij",
            `holdings(asOf: "${asOf}", first: 100, where: { owned: { id: { in: ["iij-tech", "net-care"] } } }) { id owned { id } percentage }`,
          )
        ).holdings;
      expect(await holdings("2007-03-31")).toEqual([
        { id: "rel-iij-owns-iij-tech-before-2007-05", owned: { id: "iij-tech" }, percentage: null },
        { id: "rel-iij-owns-net-care-before-2007-05", owned: { id: "net-care" }, percentage: null },
      ]);
      expect(await holdings("2007-06")).toEqual([
        { id: "rel-iij-owns-iij-tech", owned: { id: "iij-tech" }, percentage: 100 },
        { id: "rel-iij-owns-net-care", owned: { id: "net-care" }, percentage: 100 },
      ]);
    });

    it("12. Crosswave filed for corporate reorganization in 2003-08", async () => {
      expect(await event("ev-2003-08-crosswave-reorganization")).toMatchObject({
        kind: "Reorganization",
        date: "2003-08",
        participants: ["SUBJECT crosswave"],
      });
      expect(await entity("crosswave", "... on Company { status }")).toEqual({
        status: "IN_REORGANIZATION",
      });
    });

    it("13. the FY2004 Crosswave write-off amount is unknown and keeps its raw text", async () => {
      expect(await figure("fig-crosswave-write-off-fy2004")).toEqual({
        asOf: null,
        fiscalYear: "FY2004",
        amount: {
          amount: null,
          currency: "JPY",
          usd: null,
          approximate: false,
          uncertain: true,
          raw: "\\$\\frac{4}{2}\\$1 billion",
        },
      });
    });

    it("14. accumulated deficit ¥24.3 billion (2007-03-31), FY2003 net loss ¥15.6 billion", async () => {
      const deficit = await figure("fig-accumulated-deficit-2007-03-31");
      expect(deficit).toMatchObject({
        asOf: "2007-03-31",
        amount: { amount: 24300000000, currency: "JPY" },
      });
      expect(deficit.amount.usd).toBeCloseTo(24300000000 / 117.56, 1);
      expect(await figure("fig-net-loss-fy2003")).toMatchObject({
        fiscalYear: "FY2003",
        amount: { amount: 15600000000 },
      });
    });

    it("15. intangible assets approximately ¥2.8 billion (2007-03-31)", async () => {
      expect(await figure("fig-intangible-assets-2007-03-31")).toMatchObject({
        asOf: "2007-03-31",
        amount: { amount: 2800000000, approximate: true, uncertain: false },
      });
    });

    it("16. tax loss carryforwards ¥17.1 billion; FY2007 deferred tax benefit ¥1.5 billion", async () => {
      expect((await figure("fig-tax-loss-carryforwards-2007-03-31")).amount.amount).toBe(
        17100000000,
      );
      expect(await figure("fig-deferred-tax-benefit-fy2007")).toMatchObject({
        fiscalYear: "FY2007",
        amount: { amount: 1500000000 },
      });
    });

    it("17. FY2007 securities: gains ¥3.2bn, book value ¥1.3bn, impairment ¥1.4bn of which IPMobile ¥1.0bn", async () => {
      const amounts = await Promise.all(
        [
          "fig-realized-gains-afs-fy2007",
          "fig-afs-book-value-2007-03-31",
          "fig-impairment-unlisted-securities-fy2007",
          "fig-impairment-ipmobile-fy2007",
        ].map(async (id) => (await figure(id)).amount.amount),
      );
      expect(amounts).toEqual([3200000000, 1300000000, 1400000000, 1000000000]);
    });

    it("18. the convenience rate is ¥117.56 per US$1.00 on 2007-03-31", async () => {
      const [rate] = await gateway.readText(
        `MATCH (x:ExchangeRate {id: 'rate-convenience'}) RETURN properties(x) AS p`,
      );
      expect(rate!.p).toMatchObject({ kind: "CONVENIENCE", rate: 117.56, on: "2007-03-31" });
      expect(readSeed(seedDir()).exchangeRates.convenienceRate.source).toBe(
        "federal-reserve-bank-of-new-york",
      );
    });

    it("19. FY2003 and July 2007 noon buying rates, and the 2007-07-03 spot rate", async () => {
      const rows = await gateway.readText(
        `MATCH (x:ExchangeRate) WHERE x.id IN ['rate-fy2003', 'rate-2007-07', 'rate-spot-2007-07-03']
         RETURN x.id AS id, properties(x) AS p ORDER BY id`,
      );
      const p = Object.fromEntries(rows.map((r) => [r.id, r.p as Row]));
      expect(p["rate-fy2003"]).toMatchObject({
        start: "2002-04-01",
        end: "2003-03-31",
        high: 133.4,
        low: 115.71,
        average: 121.1,
        periodEnd: 118.07,
      });
      expect(p["rate-2007-07"]).toMatchObject({
        start: "2007-07-01",
        end: "2007-07-03",
        high: 122.4,
        low: 122.32,
        average: 122.36,
        periodEnd: 122.4,
      });
      expect(p["rate-spot-2007-07-03"]).toMatchObject({
        kind: "SPOT",
        on: "2007-07-03",
        rate: 122.4,
      });
    });

    it("20. officers, the 17 risk factors, and the NTT risk", async () => {
      expect(await rel("rel-koichi-suzuki-holds-position-iij")).toMatchObject({
        type: "HOLDS_POSITION",
        to: "iij",
        role: "president, chief executive officer and representative director",
      });
      expect(await rel("rel-fukuzo-inoue-holds-position-iij")).toMatchObject({
        role: "executive vice president",
        until: "2006-06-28",
      });
      const concerns = await gateway.readText(
        `MATCH (:RiskFactor {id: 'risk-ntt-influence'})-[:CONCERNS]->(x) RETURN collect(x.id) AS ids`,
      );
      expect(concerns[0]?.ids).toEqual(expect.arrayContaining(["ntt", "iij"]));
      expect((await labelCounts(gateway)).RiskFactor).toBe(17);
    });

    it("21. the laws the text names: personal information (in effect 2005-04), the Telecommunication Business Law's amendment (2004-04)", async () => {
      expect(await event("ev-2005-04-personal-information-law")).toMatchObject({
        kind: "LawChange",
        date: "2005-04",
        participants: ["SUBJECT iij"],
      });
      const amendment = await event("ev-2004-04-telecommunication-business-law-amendment");
      expect(amendment).toMatchObject({ kind: "LawChange", date: "2004-04" });
      expect(String(amendment.note)).toMatch(/^Inferred participant/);
    });

    it("IIJ itself: a Japanese company cited by what the excerpt calls it", async () => {
      const iij = await entity(
        "iij",
        "__typename name aliases citations { section quote offset } ... on Company { shortName country status }",
      );
      expect(iij).toMatchObject({
        __typename: "Company",
        name: "Internet Initiative Japan Inc.",
        aliases: ["IIJ", "the Company"],
        shortName: "IIJ",
        country: "JP",
        // No sentence states a status; the text is not made to say more than it does.
        status: null,
      });
      expect(iij.citations[0]).toEqual({
        section: "Item 3.D. Risk Factors / Executive officers",
        quote: "major shareholders of IIJ and other IIJ Group companies",
        offset: 13510,
      });
    });
  });
});
