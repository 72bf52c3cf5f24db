import type { RelationQuery } from "../domain/relations.loader";
import { RelationshipType } from "../schema/enums";

const ALL_TYPES: string[] = Object.values(RelationshipType);

/** The arguments the relationship fields of `Entity` take (see relations.args.ts). */
export interface RelationFieldArgValues {
  asOf?: string | null;
  segment?: string | null;
  first: number;
  types?: string[] | null;
  direction?: string;
}

export interface RelationField {
  /**
   * The stored relationship properties each field of an item reads (a field not listed reads them all);
   * null when the item is the far end itself and nothing of the relationship is shown.
   */
  keys: FieldKeys | null;
  /**
   * The sub-field of each item that holds the far end as an Entity (`owner` of an Ownership, ...);
   * "" when the item is itself the far end (a RiskFactor, a FinancialFigure); null when there is none.
   */
  far: string | null;
  /** What the field reads, from its arguments (how much of each item to read is decided by the selection). */
  query(a: RelationFieldArgValues): Reads;
}

type Reads = Omit<RelationQuery, "relKeys" | "otherKeys">;

/** GraphQL field name -> the stored properties it reads. */
export type FieldKeys = Readonly<Record<string, readonly string[]>>;

const CITATIONS = ["citeSection", "citeQuote", "citeOffset", "citeUrl"];
const same = (...names: string[]) => Object.fromEntries(names.map((n) => [n, [n]]));
/** Fields answered from the relationship's id or from the other end only. */
const none = (...names: string[]) => Object.fromEntries(names.map((n) => [n, [] as string[]]));

const OWNERSHIP = {
  ...none("__typename", "id", "owner", "owned"),
  ...same(
    "percentage",
    "asOf",
    "since",
    "until",
    "consolidation",
    "includesAffiliates",
    "former",
    "note",
  ),
  citations: CITATIONS,
};
const COMPETITION = {
  ...none("__typename", "id", "competitor"),
  ...same("segments", "includesAffiliates", "note"),
  citations: CITATIONS,
};
const SUPPLY = {
  ...none("__typename", "id", "supplier", "customer"),
  ...same("what", "costShare", "fiscalYear", "note"),
  citations: CITATIONS,
};
const POSITION = {
  ...none("__typename", "id", "person", "organization"),
  ...same("role", "since", "until"),
  citations: CITATIONS,
};
// `label` and `properties` are not listed: they read every property.
const RELATIONSHIP = {
  ...none("__typename", "id", "type", "source", "target"),
  ...same("since", "until", "asOf"),
  citations: CITATIONS,
};

const along =
  (types: string[], direction: RelationQuery["direction"]) =>
  (a: RelationFieldArgValues): Reads => ({
    types,
    direction,
    asOf: a.asOf ?? null,
    segment: null,
    first: a.first,
  });

/**
 * Every relationship field of `Entity` and the read behind it. The field resolvers and the
 * selection planner (selection-plan.ts) both take their queries from here, so what a parent
 * statement reads along is exactly what the field would ask for.
 */
export const RELATION_FIELDS = {
  owners: { far: "owner", keys: OWNERSHIP, query: along(["OWNS"], "IN") },
  holdings: { far: "owned", keys: OWNERSHIP, query: along(["OWNS"], "OUT") },
  competitors: {
    far: "competitor",
    keys: COMPETITION,
    query: (a) => ({
      types: ["COMPETES_WITH"],
      direction: "BOTH",
      asOf: null,
      segment: a.segment ?? null,
      first: a.first,
    }),
  },
  suppliers: { far: "supplier", keys: SUPPLY, query: along(["SUPPLIES"], "IN") },
  customers: { far: "customer", keys: SUPPLY, query: along(["SUPPLIES"], "OUT") },
  officers: { far: "person", keys: POSITION, query: along(["HOLDS_POSITION"], "IN") },
  positions: { far: "organization", keys: POSITION, query: along(["HOLDS_POSITION"], "OUT") },
  riskFactors: {
    far: "",
    keys: null,
    query: (a) => ({
      types: ["CONCERNS"],
      direction: "IN",
      asOf: null,
      segment: null,
      first: a.first,
    }),
  },
  figures: {
    far: "",
    keys: null,
    query: (a) => ({
      types: ["HAS_FIGURE"],
      direction: "OUT",
      asOf: null,
      segment: null,
      first: a.first,
    }),
  },
  relationships: {
    far: null,
    keys: RELATIONSHIP,
    query: (a) => ({
      types: a.types?.length ? a.types : ALL_TYPES,
      direction: (a.direction ?? "BOTH") as RelationQuery["direction"],
      asOf: a.asOf ?? null,
      segment: null,
      first: a.first,
    }),
  },
} satisfies Record<string, RelationField>;

export type RelationFieldName = keyof typeof RELATION_FIELDS;

/**
 * The stored properties each field of an entity reads (a far end's fields); relationship fields,
 * events and a risk factor's `concerns` need only its id. Every read includes id, kind (the GraphQL
 * type) and name.
 */
export const ENTITY_KEYS: FieldKeys = {
  ...none("__typename", "events", "concerns", ...Object.keys(RELATION_FIELDS)),
  ...same(
    "id",
    "name",
    "kind",
    "aliases",
    "description",
    "legalName",
    "shortName",
    "country",
    "status",
  ),
  ...same("summary", "asOf", "fiscalYear"),
  amount: ["amount", "amountCurrency", "amountApproximate", "amountUncertain", "amountRaw"],
  citations: CITATIONS,
};

export const ENTITY_BASE_KEYS = ["id", "kind", "name"];

export const isRelationField = (name: string): name is RelationFieldName =>
  Object.hasOwn(RELATION_FIELDS, name);
