import type { EventRow, NodeRow, RelationshipRow } from "../seed/seed-rows";
import { mulberry32, type Random } from "./prng.rules";

/**
 * A deterministic corporate graph in the seed's model, sized by its relationship count: companies in
 * ownership forests up to six levels deep (stakes, consolidation), competition clusters by segment,
 * supply edges with a cost share (a few large suppliers), officers, regulators and events with
 * participants. Every node, relationship and event carries a citation of synthetic report text.
 */
export interface SyntheticOptions {
  readonly relationships: number;
  readonly seed: number;
}

export interface SyntheticPlan {
  readonly companies: number;
  readonly people: number;
  readonly bodies: number;
  readonly events: number;
  /** Relationships by type; INVOLVES counts event participants. Sums to `relationships`. */
  readonly counts: Readonly<Record<SyntheticRelType, number>>;
}

export type SyntheticRelType =
  "OWNS" | "COMPETES_WITH" | "SUPPLIES" | "HOLDS_POSITION" | "REGULATES" | "INVOLVES";

export const SEGMENTS = [
  "INTERNET_CONNECTIVITY",
  "VALUE_ADDED_SERVICES",
  "SYSTEMS_INTEGRATION",
  "NETWORK_SERVICES",
  "EQUIPMENT_SALES",
  "DATA_CENTER",
  "OTHER",
] as const;
type Segment = (typeof SEGMENTS)[number];

const PLACES = [
  "Kanto",
  "Kansai",
  "Tohoku",
  "Kyushu",
  "Chubu",
  "Hokuriku",
  "Shikoku",
  "Chugoku",
  "Hokkaido",
  "Okinawa",
];
const STEMS = [
  "Net",
  "Data",
  "Tele",
  "Cyber",
  "Info",
  "Link",
  "Wave",
  "Core",
  "Grid",
  "Cloud",
  "Fiber",
  "Signal",
];
const SUFFIXES = [
  "Holdings",
  "Communications",
  "Systems",
  "Solutions",
  "Technologies",
  "Networks",
  "Services",
];
const GIVEN = [
  "Hiroshi",
  "Yuki",
  "Takeshi",
  "Akiko",
  "Kenji",
  "Naoko",
  "Satoshi",
  "Mariko",
  "Koji",
  "Emi",
];
const FAMILY = [
  "Suzuki",
  "Tanaka",
  "Watanabe",
  "Ito",
  "Yamamoto",
  "Nakamura",
  "Kobayashi",
  "Kato",
  "Yoshida",
  "Sasaki",
];
const SECTIONS = [
  "Item 4.A",
  "Item 4.B",
  "Item 4.C",
  "Item 5.A",
  "Item 6.A",
  "Item 7.A",
  "Item 7.B",
  "Item 10.C",
];
const EVENT_KINDS = [
  "Investment",
  "Acquisition",
  "Agreement",
  "JointVentureFormation",
  "Sale",
] as const;
const ROLES_BY_KIND: Record<(typeof EVENT_KINDS)[number], [string, string]> = {
  Investment: ["INVESTOR", "INVESTEE"],
  Acquisition: ["ACQUIRER", "TARGET"],
  Agreement: ["PARTNER", "PARTNER"],
  JointVentureFormation: ["PARTNER", "VENTURE"],
  Sale: ["SELLER", "COUNTERPARTY"],
};
const MAX_OWNERSHIP_DEPTH = 6;
const CLUSTER_SIZE = 40;

export const companyId = (i: number) => `c-${i}`;
export const personId = (i: number) => `p-${i}`;
export const bodyId = (i: number) => `g-${i}`;
export const eventId = (i: number) => `e-${i}`;

/** How many nodes and relationships of each kind a graph of `relationships` relationships gets. */
export function planGraph(relationships: number): SyntheticPlan {
  if (!Number.isInteger(relationships) || relationships < 100) {
    throw new RangeError("relationships must be an integer of at least 100");
  }
  const companies = Math.max(12, Math.round(relationships / 9));
  const people = Math.max(2, Math.round(companies / 4));
  const bodies = Math.max(2, Math.round(companies / 500));
  const events = Math.max(2, Math.round(companies / 6));
  const owns = Math.round(companies * 1.05);
  const positions = Math.round(people * 1.5);
  const involves = events * 2;
  const regulates = Math.round(relationships * 0.01);
  const rest = relationships - owns - positions - involves - regulates;
  const competes = Math.round(rest * 0.55);
  return {
    companies,
    people,
    bodies,
    events,
    counts: {
      OWNS: owns,
      HOLDS_POSITION: positions,
      INVOLVES: involves,
      REGULATES: regulates,
      COMPETES_WITH: competes,
      SUPPLIES: rest - competes,
    },
  };
}

/** Synthetic report text: one sentence per item, at increasing offsets of an imaginary document. */
class Citer {
  private offset = 0;
  constructor(private readonly random: Random) {}
  cite(sentence: string) {
    const section = this.random.pick(SECTIONS);
    const offset = this.offset;
    this.offset += sentence.length + 1;
    return { citeSection: [section], citeQuote: [sentence], citeOffset: [offset] };
  }
}

/** The company names are unique (a number ends each), so sorting by name is total. */
export function companyName(random: Random, i: number): { name: string; shortName: string } {
  const place = random.pick(PLACES);
  const stem = random.pick(STEMS);
  const suffix = random.pick(SUFFIXES);
  return { name: `${place} ${stem} ${suffix} ${i}`, shortName: `${place} ${stem} ${i}` };
}

/** The graph as seed rows; relationships come lazily (1M rows do not sit in memory at once). */
export interface SyntheticGraph {
  readonly plan: SyntheticPlan;
  readonly entities: NodeRow[];
  readonly events: EventRow[];
  relationships(): Generator<RelationshipRow>;
}

export function generateGraph(o: SyntheticOptions): SyntheticGraph {
  const plan = planGraph(o.relationships);
  const random = mulberry32(o.seed);
  const citer = new Citer(random);
  const entities: NodeRow[] = [];
  const segmentOf: Segment[] = [];
  const names: string[] = [];

  for (let i = 0; i < plan.companies; i++) {
    const { name, shortName } = companyName(random, i);
    const segment = random.pick(SEGMENTS);
    const business = segment.toLowerCase().replace(/_/g, " ");
    segmentOf.push(segment);
    names.push(name);
    entities.push({
      id: companyId(i),
      label: "Company",
      props: {
        id: companyId(i),
        kind: "Company",
        name,
        shortName,
        aliases: [shortName],
        country: random.chance(0.85) ? "JP" : random.pick(["US", "KR", "CN", "SG"]),
        status: random.chance(0.95) ? "ACTIVE" : "FORMER",
        description: `${name} provides ${business} services.`,
        note: null,
        ...citer.cite(`${name} is engaged in the ${business} business.`),
      },
    });
  }
  for (let i = 0; i < plan.people; i++) {
    const name = `${random.pick(GIVEN)} ${random.pick(FAMILY)} ${i}`;
    entities.push({
      id: personId(i),
      label: "Person",
      props: {
        id: personId(i),
        kind: "Person",
        name,
        aliases: [],
        note: null,
        ...citer.cite(`${name} serves as a director.`),
      },
    });
  }
  for (let i = 0; i < plan.bodies; i++) {
    const name = `${random.pick(PLACES)} Communications Bureau ${i}`;
    entities.push({
      id: bodyId(i),
      label: "GovernmentBody",
      props: {
        id: bodyId(i),
        kind: "GovernmentBody",
        name,
        aliases: [],
        country: "JP",
        note: null,
        ...citer.cite(`${name} regulates telecommunications carriers.`),
      },
    });
  }

  const events: EventRow[] = [];
  for (let i = 0; i < plan.events; i++) {
    const kind = random.pick(EVENT_KINDS);
    const a = random.skewed(plan.companies, 2);
    let b = random.int(plan.companies);
    if (b === a) b = (a + 1) % plan.companies;
    const date = `${2000 + random.int(8)}-${String(1 + random.int(12)).padStart(2, "0")}`;
    const stake = kind === "Investment" || kind === "Acquisition" ? 5 + random.int(95) : null;
    const name = `${kind} ${names[a]} / ${names[b]}`;
    events.push({
      id: eventId(i),
      label: kind,
      props: {
        id: eventId(i),
        kind,
        name,
        date,
        stake,
        ...citer.cite(`In ${date}, ${name} was announced.`),
      },
      participants: [
        { entity: companyId(a), role: ROLES_BY_KIND[kind][0] },
        { entity: companyId(b), role: ROLES_BY_KIND[kind][1] },
      ],
    });
  }

  const relSeed = Math.floor(random.next() * 2 ** 32);
  return {
    plan,
    entities,
    events,
    relationships: () => relationshipRows(plan, mulberry32(relSeed), segmentOf, names),
  };
}

function* relationshipRows(
  plan: SyntheticPlan,
  random: Random,
  segmentOf: Segment[],
  names: string[],
): Generator<RelationshipRow> {
  const citer = new Citer(random);
  let seq = 0;
  const row = (
    type: string,
    from: string,
    to: string,
    props: Record<string, unknown>,
    sentence: string,
  ) => {
    const id = `r-${type.toLowerCase().replace(/_/g, "-")}-${seq++}`;
    return { id, type, from, to, props: { id, ...props, ...citer.cite(sentence) } };
  };

  // Ownership forests: a company is a root or held by an earlier company (a chain at most 6 deep);
  // the remaining OWNS are minority stakes of a second holder.
  const depth: number[] = []; // one entry per company before i, so depth[parent] (parent < i) is set
  let owns = 0;
  for (let i = 0; i < plan.companies && owns < plan.counts.OWNS; i++) {
    if (i < 3 || random.chance(0.12)) {
      depth.push(0);
      continue;
    }
    let parent = i - 1 - random.skewed(Math.min(i, 200), 2);
    if (depth[parent]! >= MAX_OWNERSHIP_DEPTH) parent = random.int(i);
    if (depth[parent]! >= MAX_OWNERSHIP_DEPTH) {
      depth.push(0);
      continue;
    }
    depth.push(depth[parent]! + 1);
    yield ownsRow(row, random, parent, i, names, true);
    owns++;
  }
  while (owns < plan.counts.OWNS) {
    const owned = random.int(plan.companies);
    let holder = random.skewed(plan.companies, 3);
    if (holder === owned) holder = (owned + 1) % plan.companies;
    yield ownsRow(row, random, holder, owned, names, false);
    owns++;
  }

  // Competition: clusters of companies of one segment; a few competitors name many peers.
  const bySegment = SEGMENTS.map((s) => segmentOf.flatMap((t, i) => (t === s ? [i] : [])));
  // One relationship per unordered pair (the API reads COMPETES_WITH in both directions); a clash
  // is redrawn a few times, then taken from the whole segment.
  const competing = new Set<string>();
  for (let k = 0; k < plan.counts.COMPETES_WITH; k++) {
    const inSegment = random.pick(bySegment);
    const members = inSegment.length >= 2 ? inSegment : bySegment.find((m) => m.length >= 2)!;
    let from = -1;
    let to = -1;
    for (let attempt = 0; attempt < 20; attempt++) {
      const a = random.skewed(members.length, 2);
      const cluster = attempt < 10 ? Math.floor(a / CLUSTER_SIZE) * CLUSTER_SIZE : 0;
      const size = attempt < 10 ? Math.min(CLUSTER_SIZE, members.length - cluster) : members.length;
      const b = cluster + random.int(size);
      if (b === a) continue;
      from = members[a]!;
      to = members[b]!;
      if (!competing.has(pairKey(from, to))) break;
    }
    if (from < 0 || competing.has(pairKey(from, to))) {
      // A crowded segment: any fresh pair of companies keeps the count exact.
      do {
        from = random.int(plan.companies);
        to = random.int(plan.companies);
      } while (from === to || competing.has(pairKey(from, to)));
    }
    competing.add(pairKey(from, to));
    yield row(
      "COMPETES_WITH",
      companyId(from),
      companyId(to),
      { segments: [segmentOf[from]!], includesAffiliates: random.chance(0.2) },
      `${names[from]} competes with ${names[to]}.`,
    );
  }

  // Supply: a few large suppliers serve many customers.
  for (let k = 0; k < plan.counts.SUPPLIES; k++) {
    const supplier = random.skewed(plan.companies, 3);
    let customer = random.int(plan.companies);
    if (customer === supplier) customer = (customer + 1) % plan.companies;
    const costShare = Math.round(random.next() * 300) / 10;
    yield row(
      "SUPPLIES",
      companyId(supplier),
      companyId(customer),
      { what: "network equipment", costShare, fiscalYear: `FY${2003 + random.int(5)}` },
      `${names[supplier]} accounted for ${costShare}% of the cost of sales of ${names[customer]}.`,
    );
  }

  for (let k = 0; k < plan.counts.HOLDS_POSITION; k++) {
    const person = k % plan.people;
    const company = random.skewed(plan.companies, 2);
    const role = random.pick(["Director", "President", "Auditor", "Executive Officer"]);
    yield row(
      "HOLDS_POSITION",
      personId(person),
      companyId(company),
      { role, since: `${1995 + random.int(12)}` },
      `Person ${person} is ${role} of ${names[company]}.`,
    );
  }

  for (let k = 0; k < plan.counts.REGULATES; k++) {
    const body = random.int(plan.bodies);
    const company = random.int(plan.companies);
    yield row(
      "REGULATES",
      bodyId(body),
      companyId(company),
      { scope: "telecommunications business law" },
      `${names[company]} is regulated as a telecommunications carrier.`,
    );
  }
}

const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);

type RowFn = (
  type: string,
  from: string,
  to: string,
  props: Record<string, unknown>,
  sentence: string,
) => RelationshipRow;

function ownsRow(
  row: RowFn,
  random: Random,
  holder: number,
  owned: number,
  names: string[],
  control: boolean,
) {
  const percentage = control ? 51 + random.int(50) : 1 + random.int(45);
  const consolidation =
    percentage > 50 ? "CONSOLIDATED" : percentage >= 20 ? "EQUITY_METHOD" : "NONE";
  const asOf = `${2003 + random.int(5)}-03-31`;
  return row(
    "OWNS",
    companyId(holder),
    companyId(owned),
    { percentage, consolidation, asOf, includesAffiliates: false, former: false },
    `As of ${asOf}, ${names[holder]} held ${percentage}% of ${names[owned]}.`,
  );
}
