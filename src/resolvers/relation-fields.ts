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
   * The sub-field of each item that holds the far end as an Entity (`owner` of an Ownership, ...);
   * "" when the item is itself the far end (a RiskFactor, a FinancialFigure); null when there is none.
   */
  far: string | null;
  /** What the field reads, from its arguments (how much of each item to read is decided by the selection). */
  query(a: RelationFieldArgValues): Reads;
}

type Reads = Omit<RelationQuery, "citations" | "other">;

const along =
  (types: string[], direction: RelationQuery["direction"]) =>
  (a: RelationFieldArgValues): Reads => ({ types, direction, asOf: a.asOf ?? null, segment: null, first: a.first });

/**
 * Every relationship field of `Entity` and the read behind it. The field resolvers and the
 * selection planner (selection-plan.ts) both take their queries from here, so what a parent
 * statement reads along is exactly what the field would ask for.
 */
export const RELATION_FIELDS = {
  owners: { far: "owner", query: along(["OWNS"], "IN") },
  holdings: { far: "owned", query: along(["OWNS"], "OUT") },
  competitors: {
    far: "competitor",
    query: (a) => ({ types: ["COMPETES_WITH"], direction: "BOTH", asOf: null, segment: a.segment ?? null, first: a.first }),
  },
  suppliers: { far: "supplier", query: along(["SUPPLIES"], "IN") },
  customers: { far: "customer", query: along(["SUPPLIES"], "OUT") },
  officers: { far: "person", query: along(["HOLDS_POSITION"], "IN") },
  positions: { far: "organization", query: along(["HOLDS_POSITION"], "OUT") },
  riskFactors: { far: "", query: (a) => ({ types: ["CONCERNS"], direction: "IN", asOf: null, segment: null, first: a.first }) },
  figures: { far: "", query: (a) => ({ types: ["HAS_FIGURE"], direction: "OUT", asOf: null, segment: null, first: a.first }) },
  relationships: {
    far: null,
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
 * Fields of a far end that its LIGHT read (id, name, kind, shortName) answers: relationship fields,
 * events and a risk factor's `concerns` need only its id.
 */
export const LIGHT_FIELDS: ReadonlySet<string> = new Set([
  "__typename",
  "id",
  "name",
  "kind",
  "shortName",
  "events",
  "concerns",
  ...Object.keys(RELATION_FIELDS),
]);

export const isRelationField = (name: string): name is RelationFieldName => Object.hasOwn(RELATION_FIELDS, name);
