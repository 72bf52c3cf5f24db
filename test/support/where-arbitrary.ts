import { FILTER_LIMITS } from "../../src/translate/where";
import { MAX_VARIABLES_DEPTH, nestsDeeperThan } from "../../src/plugins/filter-cost.plugin";
import fc from "fast-check";
import {
  CompanyStatus,
  Consolidation,
  EntityKind,
  EventKind,
  RelationshipType,
  ROLES,
} from "../../src/model/vocabulary";
import { ENDS, seedGraph, type Where } from "./reference-where";

/*
 * fast-check arbitraries for `EntityWhere` filters: random trees within the server's bounds, their values drawn
 * from what the seed holds (ids, names, kinds, countries, statuses, stakes, dates at every precision, roles) and
 * a few values it does not; and hostile filters, each with what the server must answer.
 */

/** The server's bounds on one filter. */
export const BOUNDS = FILTER_LIMITS;

const QUANTIFIERS = new Set(["some", "none", "all", "single", "count"]);
const OPERATORS = new Set([
  "eq",
  "in",
  "gt",
  "gte",
  "lt",
  "lte",
  "contains",
  "startsWith",
  "endsWith",
  "isNull",
]);
/** EntityWhere's relationship lists and events, and the input their items are filtered with. */
const LISTS = {
  owners: "OwnershipWhere",
  holdings: "OwnershipWhere",
  competitors: "CompetitionWhere",
  suppliers: "SupplyWhere",
  customers: "SupplyWhere",
  officers: "PositionWhere",
  positions: "PositionWhere",
  riskFactors: "EntityWhere",
  figures: "EntityWhere",
  relationships: "RelationshipWhere",
  events: "EventWhere",
} as const;
type ListName = keyof typeof LISTS;
type InputName = (typeof LISTS)[ListName] | "ParticipantWhere";
const LIST_NAMES = Object.keys(LISTS) as ListName[];
/** Every list that takes quantifiers: the entity's, and an event's participants. */
const QUANTIFIED_LISTS = new Set<string>([...LIST_NAMES, "participants"]);
const END_NAMES = new Set(Object.values(ENDS).flat());

/** What a filter asks, counted as the server bounds it: operators, quantifiers, and nesting of inputs. */
export interface FilterSize {
  conditions: number;
  quantifiers: number;
  depth: number;
}

/** The size of a filter (a well-typed one: operators' values are scalars or lists of them). */
export function filterSize(where: unknown): FilterSize {
  const size: FilterSize = { conditions: 0, quantifiers: 0, depth: 0 };
  const walk = (value: unknown, depth: number, scalar: boolean) => {
    if (value === null || typeof value !== "object") return;
    if (!scalar) size.depth = Math.max(size.depth, depth);
    for (const [key, v] of Object.entries(value as Where)) {
      if (v === null || v === undefined) continue;
      if (scalar) {
        if (OPERATORS.has(key)) size.conditions++;
      } else if (key === "AND" || key === "OR") {
        for (const item of v as unknown[]) walk(item, depth + 1, false);
      } else if (key === "NOT" || END_NAMES.has(key)) {
        walk(v, depth + 1, false);
      } else if (QUANTIFIED_LISTS.has(key)) {
        for (const [q, item] of Object.entries(v as Where)) {
          if (item === null || item === undefined || !QUANTIFIERS.has(q)) continue;
          size.quantifiers++;
          if (q === "count") walk(item, depth + 1, true);
          else walk(item, depth + 2, false);
        }
      } else {
        walk(v, depth, true);
      }
    }
  };
  walk(where, 1, false);
  return size;
}

// ---------------------------------------------------------------------------------------------------------
// Values from the seed

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];
const strings = (xs: Iterable<unknown>): string[] =>
  unique([...xs].filter((x): x is string => typeof x === "string"));
const numbers = (xs: Iterable<unknown>): number[] =>
  unique([...xs].filter((x): x is number => typeof x === "number"));

function seedValues() {
  const g = seedGraph();
  const entityValues = (field: string) => strings(g.entities.map((e) => e.props[field]));
  const edgesOf = (type?: string) => g.edges.filter((e) => !type || e.type === type);
  const edgeValues = (field: string, type?: string) =>
    edgesOf(type).map((e) => (field === "id" ? e.id : e.props[field]));
  const dates = strings([
    ...g.entities.map((e) => e.props.asOf),
    ...g.events.map((e) => e.props.date),
    ...g.edges.flatMap((e) => [e.props.asOf, e.props.since, e.props.until, e.props.date]),
  ]);
  const otherDates = [
    "1999",
    "2003-08",
    "2006-06-27",
    "2006-06-29",
    "2007-03-30",
    "2008",
    "2100-01-01",
  ];
  return {
    entityIds: g.entities.map((e) => e.id),
    entityText: (field: string) => entityValues(field),
    edgeIds: (type?: string) => strings(edgeValues("id", type)),
    edgeText: (field: string, type?: string) => strings(edgeValues(field, type)),
    percentages: unique([...numbers(edgeValues("percentage", "OWNS")), 0, 29.69, 50, 99.99]),
    costShares: unique([...numbers(edgeValues("costShare", "SUPPLIES")), 0, 66.19, 66.21, 100]),
    eventIds: g.events.map((e) => e.id),
    eventText: (field: string) => strings(g.events.map((e) => e.props[field])),
    stakes: unique([...numbers(g.events.map((e) => e.props.stake)), 0, 50, 99.9]),
    amounts: unique([...numbers(g.events.map((e) => e.props.amount)), 0, 1e6, 1e9]),
    roles: unique([...strings(edgeValues("role", "INVOLVES")), ...ROLES, "investor"]),
    storedDates: dates,
    otherDates,
    degrees: unique(
      g.entities.flatMap((n) => {
        const touching = g.edges.filter((e) => e.from === n.id || e.to === n.id);
        const types = unique(touching.map((e) => e.type));
        return [
          touching.length,
          ...types.flatMap((t) => [
            touching.filter((e) => e.type === t).length,
            touching.filter((e) => e.type === t && e.from === n.id).length,
            touching.filter((e) => e.type === t && e.to === n.id).length,
          ]),
        ];
      }),
    ),
  };
}

/** Text the seed does not hold, or holds in another case; characters with a meaning elsewhere. */
const ODD_TEXT = [
  "",
  " ",
  "x",
  "IIJ",
  "iij",
  "Inc.",
  "NTT",
  "ntt",
  "%",
  "_",
  ".*",
  "'",
  '"',
  "`",
  "\\",
  "$p1",
  "' OR 1=1 --",
  "\u0000",
  "ü",
  "日本",
  "😀",
  "JP ",
];

/** Text for one operator: mostly values of `pool` (whole for `eq` and `in`, pieces for the others), in
 * another case now and then, or a value from ODD_TEXT; at most 200 characters. */
function textFor(
  pool: readonly string[],
  op: "eq" | "contains" | "startsWith" | "endsWith",
): fc.Arbitrary<string> {
  const one = fc.constantFrom(...(pool.length ? pool : ODD_TEXT));
  const cut = (end: boolean) =>
    fc.tuple(one, fc.nat({ max: 400 }), fc.integer({ min: 1, max: 12 })).map(([s, at, n]) => {
      if (end && op === "startsWith") return s.slice(0, n);
      if (end && op === "endsWith") return s.slice(Math.max(0, s.length - n));
      const from = at % (s.length + 1);
      return s.slice(from, from + n);
    });
  // `eq` mostly whole values; the others mostly a piece from the end they look at, or from anywhere.
  const some = op === "eq" ? one : cut(true);
  return fc
    .oneof(
      { weight: 6, arbitrary: some },
      { weight: op === "eq" ? 1 : 2, arbitrary: op === "eq" ? cut(false) : one },
      { weight: op === "eq" ? 0 : 2, arbitrary: cut(false) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(some, fc.boolean())
          .map(([s, up]) => (up ? s.toUpperCase() : s.toLowerCase())),
      },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_TEXT) },
    )
    .map((s) => s.slice(0, BOUNDS.textLength));
}

const COMMON_TYPES = ["OWNS", "CONCERNS", "INVOLVES", "INVOLVES", "HAS_FIGURE", "COMPETES_WITH"];

type Entry = [string, unknown];
type Weighted<T> = { arbitrary: fc.Arbitrary<T>; weight: number };

const entry = (key: string, value: fc.Arbitrary<unknown>, weight = 1): Weighted<Entry> => ({
  weight,
  arbitrary: value.map((v): Entry => [key, v]),
});

/** An input object with between `min` and `max` of these entries (a key drawn twice keeps its last value). */
function objectOf(entries: Weighted<Entry>[], min: number, max: number): fc.Arbitrary<Where> {
  return fc
    .array(fc.oneof(...entries), { minLength: min, maxLength: max })
    .map((pairs) => Object.fromEntries(pairs));
}

/** Now and then null (a field or operator given as null is left out). */
const orNull = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 15, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) });

const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: 1, maxLength: 4 });

/** A scalar filter with one or two operators (sometimes none). */
const filterOf = (entries: Weighted<Entry>[]) =>
  fc.oneof(
    { weight: 9, arbitrary: objectOf(entries, 1, 1) },
    { weight: 3, arbitrary: objectOf(entries, 2, 2) },
    { weight: 1, arbitrary: fc.constant({}) },
  );

function stringFilter(pool: readonly string[]): fc.Arbitrary<Where> {
  const ops = filterOf([
    entry("eq", orNull(textFor(pool, "eq")), 3),
    entry("in", list(textFor(pool, "eq"))),
    entry("contains", orNull(textFor(pool, "contains")), 2),
    entry("startsWith", textFor(pool, "startsWith"), 2),
    entry("endsWith", textFor(pool, "endsWith"), 2),
    entry("isNull", fc.boolean()),
  ]);
  // As stored; or its text in upper or lower case, compared ignoring case or not.
  const recase = (v: unknown, up: boolean): unknown =>
    typeof v === "string"
      ? up
        ? v.toUpperCase()
        : v.toLowerCase()
      : Array.isArray(v)
        ? v.map((x) => recase(x, up))
        : v;
  return fc
    .tuple(ops, fc.constantFrom(undefined, false, "recased", "recased"), fc.boolean(), fc.boolean())
    .map(([f, mode, up, insensitive]) => {
      if (mode === undefined) return f;
      if (mode === false) return { ...f, caseInsensitive: false };
      const recased = Object.fromEntries(Object.entries(f).map(([op, v]) => [op, recase(v, up)]));
      return { ...recased, caseInsensitive: insensitive };
    });
}

function floatFilter(pool: readonly number[]): fc.Arbitrary<Where> {
  const n = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: fc.integer({ min: -10, max: 110 }) },
    { weight: 1, arbitrary: fc.double({ min: -10, max: 110, noNaN: true }) },
  );
  return filterOf([
    entry("eq", n, 2),
    entry("in", list(n)),
    entry("gt", n),
    entry("gte", orNull(n)),
    entry("lt", n),
    entry("lte", n),
    entry("isNull", fc.boolean()),
  ]);
}

/** A count: small, or the number of relationships of a type (or of all) an entity has one way or both. */
function intFilter(degrees: readonly number[]): fc.Arbitrary<Where> {
  const n = fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constantFrom(...degrees));
  return filterOf([
    entry("eq", n, 2),
    entry("gt", n),
    entry("gte", n),
    entry("lt", n),
    entry("lte", n),
  ]);
}

/**
 * A date: mostly a stored one at its own precision, cut to a coarser one or made finer within it (a month's first
 * or last day, a year's first or last month), so that the two sides of a comparison differ in precision.
 */
function dateFilter(stored: readonly string[], other: readonly string[]): fc.Arbitrary<Where> {
  const finer = (x: string, last: boolean) =>
    x.length === 4
      ? `${x}-${last ? "12" : "01"}`
      : x.length === 7
        ? `${x}-${last ? "28" : "01"}`
        : x;
  const d = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...stored) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(...stored), fc.constantFrom(4, 7), fc.boolean(), fc.boolean())
        .map(([x, at, cut, last]) => (cut ? x.slice(0, at) : finer(x, last))),
    },
    { weight: 1, arbitrary: fc.constantFrom(...other) },
  );
  return filterOf([
    entry("eq", d, 2),
    entry("gt", d),
    entry("gte", d),
    entry("lt", orNull(d)),
    entry("lte", d),
    entry("isNull", fc.boolean()),
  ]);
}

function idFilter(pool: readonly string[]): fc.Arbitrary<Where> {
  const id = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: fc.constantFrom("nobody", "IIJ", "", "iij ", "rel-") },
  );
  return filterOf([entry("eq", id, 2), entry("in", list(id))]);
}

const booleanFilter: fc.Arbitrary<Where> = filterOf([entry("eq", fc.boolean())]);

function enumFilter(values: readonly string[], nullable: boolean): fc.Arbitrary<Where> {
  const v = fc.constantFrom(...values);
  return filterOf([
    entry("eq", v, 2),
    entry("in", list(v)),
    ...(nullable ? [entry("isNull", fc.boolean())] : []),
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// Trees

export interface WhereOptions {
  /** The nesting level of the tree's root (1 for the `where` argument itself). */
  startDepth?: number;
  maxConditions?: number;
  maxQuantifiers?: number;
}

/** Builds each (input, depth) arbitrary once: the trees are bounded by depth, the builders are shared. */
class TreeBuilder {
  private readonly memo = new Map<string, fc.Arbitrary<Where>>();
  private readonly v = seedValues();
  private readonly scalarsMemo = new Map<InputName, Weighted<Entry>[]>();
  private readonly counts = intFilter(this.v.degrees);

  private scalars(input: InputName): Weighted<Entry>[] {
    let found = this.scalarsMemo.get(input);
    if (found) return found;
    const v = this.v;
    const text = (field: string) => stringFilter(v.entityText(field));
    const dates = dateFilter(v.storedDates, v.otherDates);
    const e = (key: string, arb: fc.Arbitrary<unknown>, weight = 2) =>
      entry(key, orNull(arb), weight);
    switch (input) {
      case "EntityWhere":
        found = [
          e("id", idFilter(v.entityIds), 3),
          e("name", text("name"), 3),
          e("kind", enumFilter(Object.values(EntityKind), false), 3),
          e("description", text("description")),
          e("shortName", text("shortName")),
          e("legalName", stringFilter([...v.entityText("legalName"), ...v.entityText("name")]), 1),
          e("country", text("country")),
          e("status", enumFilter(Object.values(CompanyStatus), true)),
          e("summary", text("summary"), 1),
          e("asOf", dates),
          e("fiscalYear", text("fiscalYear")),
        ];
        break;
      case "OwnershipWhere":
        found = [
          e("id", idFilter(v.edgeIds("OWNS")), 1),
          e("percentage", floatFilter(v.percentages), 4),
          e("asOf", dates),
          e("since", dates),
          e("until", dates),
          e("consolidation", enumFilter(Object.values(Consolidation), true)),
          e("includesAffiliates", booleanFilter),
          e("former", booleanFilter),
        ];
        break;
      case "CompetitionWhere":
        found = [
          e("id", idFilter(v.edgeIds("COMPETES_WITH")), 1),
          e("includesAffiliates", booleanFilter, 3),
        ];
        break;
      case "SupplyWhere":
        found = [
          e("id", idFilter(v.edgeIds("SUPPLIES")), 1),
          e("what", stringFilter(v.edgeText("what", "SUPPLIES"))),
          e("costShare", floatFilter(v.costShares)),
          e("fiscalYear", stringFilter([...v.edgeText("fiscalYear", "SUPPLIES"), "FY2006"])),
        ];
        break;
      case "PositionWhere":
        found = [
          e("id", idFilter(v.edgeIds("HOLDS_POSITION")), 1),
          e("role", stringFilter([...v.edgeText("role", "HOLDS_POSITION"), "director"]), 3),
          e("since", dates),
          e("until", dates),
        ];
        break;
      case "RelationshipWhere":
        found = [
          e("id", idFilter(v.edgeIds()), 1),
          // The types the seed holds most of, drawn more often.
          e("type", enumFilter([...Object.values(RelationshipType), ...COMMON_TYPES], false), 4),
          e("since", dates),
          e("until", dates),
          e("asOf", dates),
          e("percentage", floatFilter(v.percentages)),
          e("costShare", floatFilter(v.costShares), 1),
          e("consolidation", enumFilter(Object.values(Consolidation), true)),
        ];
        break;
      case "EventWhere":
        found = [
          e("id", idFilter(v.eventIds), 1),
          e("name", stringFilter(v.eventText("name"))),
          e("kind", enumFilter(Object.values(EventKind), false), 3),
          e("date", dates, 3),
          e("stake", floatFilter(v.stakes)),
          e("amount", floatFilter(v.amounts), 1),
          e("description", stringFilter(v.eventText("description"))),
        ];
        break;
      case "ParticipantWhere":
        found = [e("role", stringFilter(v.roles), 3)];
        break;
    }
    this.scalarsMemo.set(input, found);
    return found;
  }

  /** A filter of `input` whose object sits at nesting level `depth`. */
  where(input: InputName, depth: number): fc.Arbitrary<Where> {
    const key = `${input}@${depth}`;
    const known = this.memo.get(key);
    if (known) return known;
    const shallow = depth <= 3;
    // A relationship's own values weigh more than an entity's: most rules of the filter are met there.
    const entries = this.scalars(input).map((e) =>
      input === "EntityWhere" ? e : { ...e, weight: e.weight * 2 },
    );
    if (depth + 1 <= BOUNDS.depth) {
      const inner = this.where(input, depth + 1);
      const w = shallow ? 2 : 1;
      entries.push(
        entry("AND", orNull(fc.array(inner, { maxLength: 3 })), w),
        entry("OR", orNull(fc.array(inner, { maxLength: 3 })), w),
        entry("NOT", inner, w),
      );
      for (const end of ENDS[input]) {
        entries.push(entry(end, this.where("EntityWhere", depth + 1), shallow ? 3 : 1));
      }
    }
    if (input === "EntityWhere" && depth + 2 <= BOUNDS.depth) {
      for (const name of LIST_NAMES) {
        entries.push(entry(name, orNull(this.listWhere(LISTS[name], depth + 1)), shallow ? 3 : 1));
      }
    }
    if (input === "EventWhere" && depth + 2 <= BOUNDS.depth) {
      const participants = this.listWhere("ParticipantWhere", depth + 1);
      entries.push(entry("participants", orNull(participants), shallow ? 6 : 2));
    }
    const arb =
      depth === 1
        ? fc.oneof(
            { weight: 2, arbitrary: objectOf(entries, 1, 1) },
            { weight: 1, arbitrary: objectOf(entries, 2, 3) },
          )
        : fc.oneof(
            { weight: 6, arbitrary: objectOf(entries, 1, 2) },
            { weight: 1, arbitrary: fc.constant({}) },
          );
    this.memo.set(key, arb);
    return arb;
  }

  /** A quantifier input (`{ some: ..., count: ... }`) at `depth`; its items' filters one level deeper. */
  private listWhere(input: InputName, depth: number): fc.Arbitrary<Where> {
    const item = this.where(input, depth + 1);
    const quantifiers = objectOf(
      [
        entry("some", item, 3),
        entry("none", item, 2),
        entry("all", item, 2),
        entry("single", item, 2),
        entry("count", this.counts, 2),
        entry("some", fc.constant(null), 1),
      ],
      1,
      2,
    );
    return fc.oneof(
      { weight: 8, arbitrary: quantifiers },
      { weight: 1, arbitrary: fc.constant({}) },
    );
  }
}

let builder: TreeBuilder | undefined;
const trees = () => (builder ??= new TreeBuilder());

/** Random `EntityWhere` trees within the server's bounds (by construction for depth, by filter otherwise). */
export function whereArbitrary(options: WhereOptions = {}): fc.Arbitrary<Where> {
  const { startDepth = 1, maxConditions = BOUNDS.conditions } = options;
  const maxQuantifiers = options.maxQuantifiers ?? BOUNDS.quantifiers;
  return trees()
    .where("EntityWhere", startDepth)
    .filter((w) => {
      const size = filterSize(w);
      return (
        size.conditions <= maxConditions &&
        size.quantifiers <= maxQuantifiers &&
        size.depth + startDepth - 1 <= BOUNDS.depth
      );
    });
}

// ---------------------------------------------------------------------------------------------------------
// Hostile filters

/**
 * What the server must answer to a hostile filter: `bounds`, BAD_USER_INPUT naming `field` (the path under
 * the query, `entities.where...`); `refused`, an error (the variables do not fit the schema's types); `any`,
 * whatever, so long as it is no internal error.
 */
export type HostileCase =
  | { readonly where: unknown; readonly expect: "bounds"; readonly field: string }
  | { readonly where: unknown; readonly expect: "refused" }
  | { readonly where: unknown; readonly expect: "any" };

/** The date pattern the schema states (YYYY, YYYY-MM or YYYY-MM-DD), to tell a bad date. */
const DATE = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;
const BAD_DATES = [
  "2007-13",
  "2007-00",
  "07",
  "2007-1",
  "2007-01-32",
  "2007-01-00",
  "20070101",
  "",
  "abcd",
  "2007-03-31T00:00:00Z",
  " 2007",
  "2007-03-31 ",
  "2007/03/31",
  "\uff12\uff10\uff10\uff17",
  "-2007",
  "12007",
];
const badDate = fc.oneof(
  fc.constantFrom(...BAD_DATES),
  fc.string({ maxLength: 12 }).filter((s) => !DATE.test(s)),
);
const longText = fc
  .tuple(
    fc.integer({ min: BOUNDS.textLength + 1, max: 1200 }),
    fc.constantFrom("x", "é", "日", "'"),
  )
  .map(([n, c]) => c.repeat(n));
const tooMany = <T>(arb: fc.Arbitrary<T>) =>
  fc.array(arb, { minLength: BOUNDS.inValues + 1, maxLength: BOUNDS.inValues + 40 });

const TEXT_FIELDS = [
  "name",
  "description",
  "shortName",
  "legalName",
  "country",
  "summary",
  "fiscalYear",
];
const TEXT_OPS = ["eq", "contains", "startsWith", "endsWith"];
const DATE_OPS = ["eq", "gt", "gte", "lt", "lte"];

/** One out-of-bounds filter and the path (below the filter) of the field the server must name. */
type Violation = { value: Where; path: string };

/** Out-of-bounds values: in an otherwise plain filter, where they are, the path is known. */
function valueViolation(): fc.Arbitrary<Violation> {
  const field = fc.constantFrom(...TEXT_FIELDS);
  const textOp = fc.constantFrom(...TEXT_OPS);
  const dateOp = fc.constantFrom(...DATE_OPS);
  const list = fc.constantFrom<ListName>("owners", "holdings");
  return fc.oneof(
    fc.tuple(field, textOp, longText).map(([f, op, s]) => ({
      value: { [f]: { [op]: s } },
      path: `.${f}.${op}`,
    })),
    fc
      .tuple(field, fc.array(fc.constantFrom("iij", "ntt"), { maxLength: 5 }), longText)
      .map(([f, before, s]) => ({
        value: { [f]: { in: [...before, s], caseInsensitive: true } },
        path: `.${f}.in.${before.length}`,
      })),
    fc
      .tuple(list, fc.constantFrom("owner", "owned"), field, textOp, longText)
      .map(([l, end, f, op, s]) => ({
        value: { [l]: { some: { [end]: { [f]: { [op]: s } } } } },
        path: `.${l}.some.${end}.${f}.${op}`,
      })),
    fc.tuple(fc.constantFrom("officers", "positions"), longText).map(([l, s]) => ({
      value: { [l]: { all: { role: { endsWith: s } } } },
      path: `.${l}.all.role.endsWith`,
    })),
    tooMany(fc.constantFrom("iij", "ntt", "x")).map((ids) => ({
      value: { id: { in: ids } },
      path: ".id.in",
    })),
    tooMany(fc.constantFrom(...Object.values(EntityKind))).map((kinds) => ({
      value: { kind: { in: kinds } },
      path: ".kind.in",
    })),
    fc.tuple(list, tooMany(fc.double({ min: 0, max: 100, noNaN: true }))).map(([l, ps]) => ({
      value: { [l]: { none: { percentage: { in: ps } } } },
      path: `.${l}.none.percentage.in`,
    })),
    fc.tuple(dateOp, badDate).map(([op, d]) => ({
      value: { asOf: { [op]: d } },
      path: `.asOf.${op}`,
    })),
    fc
      .tuple(list, fc.constantFrom("since", "until", "asOf"), dateOp, badDate)
      .map(([l, f, op, d]) => ({
        value: { [l]: { some: { [f]: { [op]: d } } } },
        path: `.${l}.some.${f}.${op}`,
      })),
    fc.tuple(fc.constantFrom("none", "single"), dateOp, badDate).map(([q, op, d]) => ({
      value: { relationships: { [q]: { OR: [{ type: { eq: "OWNS" } }, { until: { [op]: d } }] } } },
      path: `.relationships.${q}.OR.1.until.${op}`,
    })),
  );
}

/** A step of a nesting chain of entity filters: how it wraps, the levels it adds, the path it adds. */
const STEPS = [
  { wrap: (x: Where) => ({ NOT: x }), levels: 1, path: ".NOT" },
  { wrap: (x: Where) => ({ AND: [x] }), levels: 1, path: ".AND.0" },
  { wrap: (x: Where) => ({ OR: [x, { id: { eq: "iij" } }] }), levels: 1, path: ".OR.0" },
  { wrap: (x: Where) => ({ figures: { some: x } }), levels: 2, path: ".figures.some" },
  { wrap: (x: Where) => ({ riskFactors: { all: x } }), levels: 2, path: ".riskFactors.all" },
  {
    wrap: (x: Where) => ({ owners: { some: { owner: x } } }),
    levels: 3,
    path: ".owners.some.owner",
  },
] as const;

/**
 * Filters nested deeper than the bound from an input at `depth`: the server names the first input past it. A
 * step may pass the bound midway (`owners.some` at the last level, before `owner`).
 */
function deepViolation(depth: number): fc.Arbitrary<Violation> {
  return fc
    .tuple(
      fc.array(fc.nat({ max: STEPS.length - 1 }), { minLength: 8, maxLength: 8 }),
      fc.nat({ max: 4 }),
      fc.constantFrom<Where>({}, { id: { eq: "iij" } }),
    )
    .map(([picks, extra, inner]) => {
      let level = depth;
      let path = "";
      const used: (typeof STEPS)[number][] = [];
      for (const pick of picks) {
        const step = STEPS[pick]!;
        used.push(step);
        // `owners.some.owner` passes through `owners.some` (two levels) before `owner` (one more).
        if (step.levels === 3 && level + 2 > BOUNDS.depth) {
          path += ".owners.some";
          break;
        }
        path += step.path;
        level += step.levels;
        if (level > BOUNDS.depth) break;
      }
      let value: Where = inner;
      for (let i = 0; i < extra; i++) value = { NOT: value };
      for (const step of used.reverse()) value = step.wrap(value);
      return { value, path };
    });
}

/** Bounds on a filter: a base filter, then a hostile one beside it in `AND`, at `where.AND.1`. */
function boundsCase(): fc.Arbitrary<HostileCase> {
  const base = whereArbitrary({ startDepth: 2, maxConditions: 30, maxQuantifiers: 4 });
  const at = "entities.where.AND.1";
  const withBase = (violation: fc.Arbitrary<Violation>) =>
    fc.tuple(base, violation).map(([b, v]): HostileCase => ({
      where: { AND: [b, v.value] },
      expect: "bounds",
      field: at + v.path,
    }));
  // Too many conditions or quantifiers: the base is compiled first, so the first one over is known.
  const conditions = fc
    .tuple(base, fc.constantFrom("id", "name", "country"), fc.nat({ max: 5 }))
    .map(([b, f, extra]): HostileCase => {
      const room = BOUNDS.conditions - filterSize(b).conditions;
      const items = Array.from({ length: room + 1 + extra }, (_, i) => ({ [f]: { eq: `v${i}` } }));
      // In AND lists of at most BOUNDS.listItems filters each, so only the count of conditions is over.
      const chunks: Where[] = [];
      for (let i = 0; i < items.length; i += BOUNDS.listItems)
        chunks.push({ AND: items.slice(i, i + BOUNDS.listItems) });
      const [chunk, index] = [Math.floor(room / BOUNDS.listItems), room % BOUNDS.listItems];
      return {
        where: { AND: [b, { AND: chunks }] },
        expect: "bounds",
        field: `${at}.AND.${chunk}.AND.${index}.${f}.eq`,
      };
    });
  const quantifiers = fc
    .tuple(base, fc.constantFrom(...LIST_NAMES), fc.boolean(), fc.nat({ max: 4 }))
    .map(([b, list, count, extra]): HostileCase => {
      const room = BOUNDS.quantifiers - filterSize(b).quantifiers;
      const q = count ? "count" : "some";
      const item = count ? { gte: 0 } : {};
      const items = Array.from({ length: room + 1 + extra }, () => ({ [list]: { [q]: item } }));
      return {
        where: { AND: [b, { AND: items }] },
        expect: "bounds",
        field: `${at}.AND.${room}.${list}.${q}`,
      };
    });
  return fc.oneof(
    { weight: 4, arbitrary: withBase(valueViolation()) },
    { weight: 2, arbitrary: withBase(deepViolation(2)) },
    { weight: 1, arbitrary: conditions },
    { weight: 1, arbitrary: quantifiers },
    { weight: 1, arbitrary: veryDeepCase() },
  );
}

/**
 * How deep the very deep chains go: `NOT` and `AND` / `OR` inputs nested thousands of levels, past the depth at
 * which graphql-js's coercion of the variables would exhaust the stack (AND from about a thousand levels, NOT
 * from about two thousand): variables that nest deeper than MAX_VARIABLES_DEPTH are refused before that.
 */
export const VERY_DEEP = { NOT: 3000, AND: 1500 } as const;

/** A chain of `NOT`, `AND` or `OR` far past the bound: refused at the first level past it. */
function veryDeepCase(): fc.Arbitrary<HostileCase> {
  return fc
    .oneof(
      fc.tuple(fc.constant("NOT" as const), fc.integer({ min: 9, max: VERY_DEEP.NOT })),
      fc.tuple(
        fc.constantFrom("AND" as const, "OR" as const),
        fc.integer({ min: 9, max: VERY_DEEP.AND }),
      ),
    )
    .map(([key, n]): HostileCase => {
      let where: Where = { id: { eq: "iij" } };
      for (let i = 0; i < n; i++) where = key === "NOT" ? { NOT: where } : { [key]: [where] };
      const step = key === "NOT" ? ".NOT" : `.${key}.0`;
      // The variables hold { where }: one level more than the filter.
      const field = nestsDeeperThan({ where }, MAX_VARIABLES_DEPTH)
        ? "variables"
        : "entities.where" + step.repeat(BOUNDS.depth);
      return { where, expect: "bounds", field };
    });
}

/** Filters that do not fit the schema's input types: refused before anything is compiled. */
function refusedCase(): fc.Arbitrary<HostileCase> {
  const bad = fc.constantFrom<unknown>(
    { nope: { eq: "x" } },
    { name: { eq: 5 } },
    { name: { like: "x" } },
    { name: "iij" },
    { name: { in: ["iij", null] } },
    { name: { caseInsensitive: null, eq: "x" } },
    { kind: { eq: "Nope" } },
    { kind: { eq: "company" } },
    { status: { eq: "ACTIVE", in: ["Nope"] } },
    { AND: [null] },
    { AND: [{ id: { eq: "iij" } }, 5] },
    { id: { eq: { eq: "iij" } } },
    { percentage: { gte: 50 } },
    { holdings: { some: { owner: { percentage: { gte: 1 } } } } },
    { holdings: { some: { percentage: { gte: "fifty" } } } },
    { holdings: { some: { percentage: { contains: "5" } } } },
    { holdings: { count: { eq: 1.5 } } },
    { holdings: { count: { eq: 2 ** 31 } } },
    { holdings: { count: { eq: "1" } } },
    { holdings: { count: { isNull: true } } },
    { holdings: { any: {} } },
    { holdings: { some: { type: { eq: "OWNS" } } } },
    { competitors: { some: { owner: {} } } },
    { relationships: { some: { type: { eq: "KNOWS" } } } },
    { relationships: { some: { owner: {} } } },
    { riskFactors: { some: { percentage: { gt: 0 } } } },
    { asOf: { eq: 2007 } },
    { asOf: { contains: "2007" } },
    { owners: { some: { includesAffiliates: { eq: "true" } } } },
    { owners: { some: { consolidation: { eq: "consolidated" } } } },
    JSON.parse('{ "__proto__": { "eq": "x" } }'),
    { constructor: { eq: "x" } },
    "iij",
    5,
    true,
  );
  const base = whereArbitrary({ startDepth: 2 });
  return fc.oneof(
    bad.map((where): HostileCase => ({ where, expect: "refused" })),
    fc
      .tuple(base, bad)
      .map(([b, x]): HostileCase => ({ where: { AND: [b, x] }, expect: "refused" })),
  );
}

/** Replaces one subtree of `tree` (chosen by `pick`) with `junk`. */
function graft(tree: unknown, pick: number, junk: unknown): unknown {
  const spots: Array<(v: unknown) => void> = [];
  const walk = (v: unknown) => {
    if (v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        spots.push((j) => (v[i] = j));
        walk(x);
      });
    } else {
      for (const [k, x] of Object.entries(v)) {
        spots.push((j) => ((v as Where)[k] = j));
        walk(x);
      }
    }
  };
  const copy = structuredClone(tree);
  walk(copy);
  if (spots.length === 0) return junk;
  spots[pick % spots.length]!(junk);
  return copy;
}

/** Anything: JSON values, valid filters with a subtree replaced, empty objects and nulls everywhere. */
function anyCase(): fc.Arbitrary<HostileCase> {
  const junk = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom<unknown>(null, {}, [], [{}], { NOT: [] }, "", 0, -0, 1e308, "NaN"),
    longText,
    fc.string({ unit: "binary", maxLength: 30 }),
  );
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((where): HostileCase => ({ where, expect: "any" })),
    fc
      .tuple(whereArbitrary(), fc.nat(), junk)
      .map(([w, pick, j]): HostileCase => ({ where: graft(w, pick, j), expect: "any" })),
  );
}

/** Hostile filters, each with what the server must answer. */
export function hostileWhereArbitrary(): fc.Arbitrary<HostileCase> {
  return fc.oneof(
    { weight: 3, arbitrary: boundsCase() },
    { weight: 2, arbitrary: refusedCase() },
    { weight: 2, arbitrary: anyCase() },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Filters at the edges of the semantics, each checked on its own besides the random ones

/** Filters whose answer turns on one rule of the semantics, named by it. */
export const CORNER_CASES: ReadonlyArray<readonly [string, Where]> = [
  ["a year equals the months and days within it", { owners: { some: { asOf: { eq: "2007" } } } }],
  [
    "a day within a stored month equals it",
    { holdings: { some: { since: { eq: "2007-04-15" } } } },
  ],
  ["a month is not before its first day", { holdings: { all: { since: { gte: "2007-04-01" } } } }],
  ["a month is not after its last day", { holdings: { none: { asOf: { lt: "2007-05-31" } } } }],
  ["a stored day within a month", { asOf: { eq: "2007-03" } }],
  ["a stored day after a day", { asOf: { gt: "2007-03-30" } }],
  ["dates on any relationship", { relationships: { some: { since: { lte: "2003" } } } }],
  ["a position's end at a month's precision", { officers: { some: { until: { eq: "2006-06" } } } }],
  [
    "an absent date meets no comparison",
    { NOT: { holdings: { some: { until: { gte: "1900" } } } } },
  ],
  ["an absent flag is false", { holdings: { some: { includesAffiliates: { eq: false } } } }],
  ["an absent flag is false under all", { owners: { all: { former: { eq: false } } } }],
  [
    "an absent flag is false under none",
    { competitors: { none: { includesAffiliates: { eq: false } } } },
  ],
  ["text ignoring case", { name: { startsWith: "ntt", caseInsensitive: true } }],
  ["a list ignoring case", { shortName: { in: ["iij", "KDDI", "Ntt"], caseInsensitive: true } }],
  [
    "a role ignoring case",
    { officers: { some: { role: { contains: "DIRECTOR", caseInsensitive: true } } } },
  ],
  ["text minding case", { shortName: { eq: "iij", caseInsensitive: false } }],
  [
    "text at its start or its end only",
    { OR: [{ shortName: { startsWith: "Tech" } }, { shortName: { endsWith: "IIJ" } }] },
  ],
  ["an absent status", { status: { isNull: true }, kind: { eq: "Company" } }],
  ["an absent stake", { holdings: { some: { percentage: { isNull: true } } } }],
  ["stakes all accounted for", { holdings: { all: { consolidation: { isNull: false } } } }],
  ["NOT keeps the entities without the value", { NOT: { country: { eq: "JP" } } }],
  ["NOT over a quantifier", { NOT: { suppliers: { some: { costShare: { gte: 50 } } } } }],
  ["an absent value and isNull with another operator", { country: { isNull: false, eq: "US" } }],
  ["the events an entity takes part in", { relationships: { some: { type: { eq: "INVOLVES" } } } }],
  ["relationships of every type", { relationships: { count: { gte: 10 } } }],
  ["exactly one stake", { relationships: { single: { type: { eq: "OWNS" } } } }],
  ["a competitor at either end", { competitors: { some: { competitor: { id: { eq: "iij" } } } } }],
  ["risk factors counted", { riskFactors: { count: { gte: 3 } } }],
  [
    "count counts every item, whatever some asks",
    { relationships: { some: { type: { eq: "OWNS" } }, count: { gte: 5 } } },
  ],
  ["figures by date", { figures: { some: { asOf: { eq: "2007" } } } }],
  [
    "an organization of a position",
    { positions: { some: { organization: { id: { eq: "iij" } } } } },
  ],
  ["a customer of a supply", { customers: { some: { customer: { id: { eq: "iij" } } } } }],
  [
    "the owner of a stake seen from the owned",
    { owners: { some: { owner: { country: { eq: "JP" } } } } },
  ],
  [
    "the owned of a stake seen from the owner",
    { holdings: { some: { owned: { status: { isNull: true } } } } },
  ],
  ["no suppliers at all", { suppliers: { none: {} } }],
  ["exactly one stake, counted", { holdings: { single: {}, count: { eq: 1 } } }],
  [
    "all on an empty list",
    { kind: { eq: "Person" }, holdings: { all: { percentage: { gt: 1000 } } } },
  ],
  [
    "the start of any relationship",
    { relationships: { some: { type: { eq: "OWNS" }, from: { id: { eq: "ntt" } } } } },
  ],
  [
    "an event at the start of a relationship",
    { relationships: { some: { from: { NOT: { kind: { in: Object.values(EntityKind) } } } } } },
  ],
  ["a stake on any relationship", { relationships: { some: { percentage: { gte: 50 } } } }],
  [
    "events by kind and date",
    { events: { some: { kind: { eq: "Investment" }, date: { eq: "2007" } } } },
  ],
  ["events without a date", { events: { some: { date: { isNull: true } } } }],
  ["events counted", { events: { count: { gte: 3 } } }],
  [
    "an event's participants",
    {
      events: {
        some: {
          participants: {
            some: {
              role: { eq: "investor", caseInsensitive: true },
              entity: { id: { eq: "ntt" } },
            },
          },
        },
      },
    },
  ],
  [
    "every participant of every event",
    { events: { all: { participants: { all: { entity: { kind: { eq: "Company" } } } } } } },
  ],
  ["AND of nothing", { AND: [] }],
  ["OR of nothing", { OR: [] }],
  ["NOT of nothing", { NOT: {} }],
  ["NOT of OR of nothing", { NOT: { OR: [] } }],
  ["nulls left out", { name: null, NOT: null, holdings: { some: null }, id: { eq: null } }],
];

/** Stored fields an entity sorts by (EntitySort's scalar keys). */
const SORT_FIELDS = [
  "id",
  "name",
  "kind",
  "country",
  "status",
  "shortName",
  "asOf",
  "fiscalYear",
] as const;
/** Relationship lists and the numbers of their items an aggregate may read. */
const SORT_LISTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["owners", ["percentage"]],
  ["holdings", ["percentage"]],
  ["competitors", []],
  ["suppliers", ["costShare"]],
  ["customers", ["costShare"]],
  ["officers", []],
  ["positions", []],
  ["riskFactors", []],
  ["figures", []],
  ["relationships", []],
];

/** Random `orderBy` lists of 1-3 keys: stored fields, counts and aggregates of relationship lists. */
export function orderByArbitrary(): fc.Arbitrary<Array<Record<string, unknown>>> {
  const direction = fc.constantFrom("ASC", "DESC");
  const field = fc.tuple(fc.constantFrom(...SORT_FIELDS), direction).map(([f, d]) => ({ [f]: d }));
  const aggregate = fc
    .tuple(
      fc.constantFrom(...SORT_LISTS),
      direction,
      fc.constantFrom("min", "max", "avg", "sum"),
      fc.nat(),
    )
    .map(([[list, numbers], d, fn, pick]) => {
      const measure = numbers[pick % Math.max(numbers.length, 1)];
      return {
        [list]: measure === undefined || pick % 2 === 0 ? { count: d } : { [measure]: { [fn]: d } },
      };
    });
  return fc.array(fc.oneof(field, aggregate), { minLength: 1, maxLength: 3 });
}
