import type { RelationQuery } from "../domain/relations.loader";
import { RelationshipType } from "../schema/enums";

const ALL_TYPES: string[] = Object.values(RelationshipType);

/** The arguments the relationship fields of `Entity` take (see relations.args.ts). */
export interface RelationFieldArgValues {
  asOf?: string | null;
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
  /** What the field reads, from its arguments (citations are decided by the selection). */
  query(a: RelationFieldArgValues): Omit<RelationQuery, "citations">;
}

const along =
  (types: string[], direction: RelationQuery["direction"]) =>
  (a: RelationFieldArgValues): Omit<RelationQuery, "citations"> => ({ types, direction, asOf: a.asOf ?? null, first: a.first });

/**
 * Every relationship field of `Entity` and the read behind it. The field resolvers and the
 * selection planner (selection-plan.ts) both take their queries from here, so what a parent
 * statement reads along is exactly what the field would ask for.
 */
export const RELATION_FIELDS = {
  owners: { far: "owner", query: along(["OWNS"], "IN") },
  holdings: { far: "owned", query: along(["OWNS"], "OUT") },
  // Read up to the bound, then filtered by segment: the read is shared by every segment argument.
  competitors: { far: "competitor", query: () => ({ types: ["COMPETES_WITH"], direction: "BOTH", asOf: null, first: 100 }) },
  suppliers: { far: "supplier", query: along(["SUPPLIES"], "IN") },
  customers: { far: "customer", query: along(["SUPPLIES"], "OUT") },
  officers: { far: "person", query: along(["HOLDS_POSITION"], "IN") },
  positions: { far: "organization", query: along(["HOLDS_POSITION"], "OUT") },
  riskFactors: { far: "", query: (a) => ({ types: ["CONCERNS"], direction: "IN", asOf: null, first: a.first }) },
  figures: { far: "", query: (a) => ({ types: ["HAS_FIGURE"], direction: "OUT", asOf: null, first: a.first }) },
  relationships: {
    far: null,
    query: (a) => ({
      types: a.types?.length ? a.types : ALL_TYPES,
      direction: (a.direction ?? "BOTH") as RelationQuery["direction"],
      asOf: a.asOf ?? null,
      first: a.first,
    }),
  },
} satisfies Record<string, RelationField>;

export type RelationFieldName = keyof typeof RELATION_FIELDS;

export const isRelationField = (name: string): name is RelationFieldName => Object.hasOwn(RELATION_FIELDS, name);
