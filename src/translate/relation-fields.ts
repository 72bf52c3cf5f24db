import { RelationshipType } from "../schema/enums";
import {
  CompetitorAggregateArgs,
  CompetitorFieldArgs,
  EntityListAggregateArgs,
  EntityListFieldArgs,
  EventsAggregateArgs,
  EventsFieldArgs,
  OwnershipAggregateArgs,
  OwnershipFieldArgs,
  PositionAggregateArgs,
  PositionFieldArgs,
  RelationshipsAggregateArgs,
  RelationshipsFieldArgs,
  SupplyAggregateArgs,
  SupplyFieldArgs,
} from "../schema/relations.args";

export type Direction = "OUT" | "IN" | "BOTH";

/** Which node an entity field of a relationship item is: the stored start or end node, or the far end. */
export type End = "start" | "end" | "far";

/** The arguments a relationship field was given, after their defaults (see the `@ArgsType` classes). */
export interface RelationFieldArgValues {
  asOf?: string | null;
  segment?: string | null;
  /** Absent for an aggregate, which reads the whole list. */
  first?: number;
  types?: string[] | null;
  direction?: Direction;
  /** A filter on the items (its input type is the field's `where` argument's). */
  where?: Record<string, unknown> | null;
  /** An order of the items (its input type is the field's `orderBy` argument's). */
  orderBy?: Array<Record<string, unknown>> | null;
}

/** What a relationship field reads, from its arguments. */
export interface RelationRead {
  types: readonly string[];
  direction: Direction;
  /** Only relationships valid on this date, or null. */
  asOf: string | null;
  /** Only relationships listing this segment (competition), or null. */
  segment: string | null;
  /** The page size of a list (absent for an aggregate, which reads every item). */
  first?: number;
}

export interface RelationField {
  /** The `@ArgsType` class of its arguments: their bounds are checked with it before anything is read. */
  args: new () => object;
  /** The GraphQL type of each item: a relationship item type, an entity (the far end itself) or Relationship. */
  item: "Ownership" | "Competition" | "Supply" | "Position" | "Entity" | "Relationship";
  /** For relationship items: which node each of the item's entity fields is. */
  ends: Readonly<Record<string, End>>;
  read(a: RelationFieldArgValues): RelationRead;
  /** Its aggregate field (`<name>Aggregate`): the `@ArgsType` class of its arguments, and the numbers it aggregates. */
  aggregate: { args: new () => object; numbers: readonly string[] };
}

const ALL_TYPES: readonly string[] = Object.values(RelationshipType);

const along =
  (types: string[], direction: Direction, asOf = true) =>
  (a: RelationFieldArgValues): RelationRead => ({
    types,
    direction,
    asOf: asOf ? (a.asOf ?? null) : null,
    segment: null,
    first: a.first,
  });

const OWNERSHIP = { owner: "start", owned: "end" } as const;
const SUPPLY = { supplier: "start", customer: "end" } as const;
const POSITION = { person: "start", organization: "end" } as const;

/**
 * Every relationship field of `Entity`: the one place that says what it reads (type, direction, far end,
 * arguments). The translator (relation.projection.ts) reads it; the field resolvers only hand the value on.
 */
export const RELATION_FIELDS = {
  owners: {
    args: OwnershipFieldArgs,
    aggregate: { args: OwnershipAggregateArgs, numbers: ["percentage"] },
    item: "Ownership",
    ends: OWNERSHIP,
    read: along(["OWNS"], "IN"),
  },
  holdings: {
    args: OwnershipFieldArgs,
    aggregate: { args: OwnershipAggregateArgs, numbers: ["percentage"] },
    item: "Ownership",
    ends: OWNERSHIP,
    read: along(["OWNS"], "OUT"),
  },
  competitors: {
    args: CompetitorFieldArgs,
    aggregate: { args: CompetitorAggregateArgs, numbers: [] },
    item: "Competition",
    ends: { competitor: "far" },
    read: (a) => ({
      types: ["COMPETES_WITH"],
      direction: "BOTH",
      asOf: null,
      segment: a.segment ?? null,
      first: a.first,
    }),
  },
  suppliers: {
    args: SupplyFieldArgs,
    aggregate: { args: SupplyAggregateArgs, numbers: ["costShare"] },
    item: "Supply",
    ends: SUPPLY,
    read: along(["SUPPLIES"], "IN"),
  },
  customers: {
    args: SupplyFieldArgs,
    aggregate: { args: SupplyAggregateArgs, numbers: ["costShare"] },
    item: "Supply",
    ends: SUPPLY,
    read: along(["SUPPLIES"], "OUT"),
  },
  officers: {
    args: PositionFieldArgs,
    aggregate: { args: PositionAggregateArgs, numbers: [] },
    item: "Position",
    ends: POSITION,
    read: along(["HOLDS_POSITION"], "IN"),
  },
  positions: {
    args: PositionFieldArgs,
    aggregate: { args: PositionAggregateArgs, numbers: [] },
    item: "Position",
    ends: POSITION,
    read: along(["HOLDS_POSITION"], "OUT"),
  },
  riskFactors: {
    args: EntityListFieldArgs,
    aggregate: { args: EntityListAggregateArgs, numbers: [] },
    item: "Entity",
    ends: {},
    read: along(["CONCERNS"], "IN", false),
  },
  figures: {
    args: EntityListFieldArgs,
    aggregate: { args: EntityListAggregateArgs, numbers: [] },
    item: "Entity",
    ends: {},
    read: along(["HAS_FIGURE"], "OUT", false),
  },
  relationships: {
    args: RelationshipsFieldArgs,
    aggregate: { args: RelationshipsAggregateArgs, numbers: [] },
    item: "Relationship",
    ends: {},
    read: (a) => ({
      types: a.types?.length ? a.types : ALL_TYPES,
      direction: a.direction ?? "BOTH",
      asOf: a.asOf ?? null,
      segment: null,
      first: a.first,
    }),
  },
} satisfies Record<string, RelationField>;

export type RelationFieldName = keyof typeof RELATION_FIELDS;

export const isRelationField = (name: string): name is RelationFieldName =>
  Object.hasOwn(RELATION_FIELDS, name);

const AGGREGATE_SUFFIX = "Aggregate";

/** The relationship field an aggregate field (`holdingsAggregate`) aggregates, or undefined. */
export function aggregatedField(name: string): RelationFieldName | undefined {
  if (!name.endsWith(AGGREGATE_SUFFIX)) return undefined;
  const base = name.slice(0, -AGGREGATE_SUFFIX.length);
  return isRelationField(base) ? base : undefined;
}

/** The arguments of `Entity.events` (participations in events, through INVOLVES) and of its aggregate. */
export const EVENTS_FIELD_ARGS = EventsFieldArgs;
export const EVENTS_AGGREGATE_ARGS = EventsAggregateArgs;
