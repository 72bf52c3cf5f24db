import { isInputObjectType, type GraphQLInputObjectType } from "graphql";
import { BadUserInputError } from "../errors";
import { relationPattern } from "./relation-pattern";
import { isRelationField, RELATION_FIELDS, type RelationFieldArgValues } from "./relation-fields";
import type { Translation } from "./translation";

/** At most this many keys in one `orderBy` (each may be a subquery per item). */
export const MAX_SORT_KEYS = 5;

const AGGREGATES = new Set(["min", "max", "avg", "sum"]);
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

type Direction = "ASC" | "DESC";

/** One sort key: a Cypher expression over the item and its direction. */
export interface SortKey {
  readonly expression: string;
  readonly direction: Direction;
}

/**
 * How a list is ordered: the keys (the last one the id, so the order is total) and the `CALL` subqueries that
 * compute aggregate keys, to run once per item before the keys are read.
 */
export interface Ordering {
  readonly calls: readonly string[];
  readonly keys: readonly SortKey[];
}

/** The one field an input names; BAD_USER_INPUT at `path` when it names none or several. */
function only(value: Record<string, unknown>, path: string): [string, unknown] {
  const given = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
  const [one] = given;
  if (given.length !== 1 || !one) throw new BadUserInputError(path, "must name exactly one field");
  return one;
}

/** What a list can be sorted by: its sort input type and how a field of it is read of an item. */
export interface OrderSpec {
  sortType: string;
  scalar: (v: string, field: string) => string;
}

export const ENTITY_ORDER: OrderSpec = { sortType: "EntitySort", scalar: (v, f) => `${v}.${f}` };

/** The order of a relationship list's items by the sort input `sortType`: the far entity's fields, or the relationship's. */
export const itemOrder = (sortType: string): OrderSpec =>
  sortType === "EntitySort" ? ENTITY_ORDER : { ...RELATIONSHIP_ORDER, sortType };

export const EVENT_ORDER: OrderSpec = { sortType: "EventSort", scalar: (e, f) => `${e}.${f}` };

export const RELATIONSHIP_ORDER: OrderSpec = {
  sortType: "RelationshipSort",
  scalar: (r, f) => (f === "type" ? `type(${r})` : `${r}.${f}`),
};

/**
 * The order `orderBy` asks of the items `v` of a list (`[{ holdings: { count: DESC } }, { name: ASC }]`), then
 * by id. Aggregates of an entity's relationship list are counted with `COUNT { }`, or computed by a `CALL`
 * subquery over the list's relationships (`sum` of no values is 0; `min`, `max` and `avg` of none are absent).
 */
export function listOrdering(
  t: Translation,
  orderBy: ReadonlyArray<Record<string, unknown>> | null | undefined,
  spec: OrderSpec,
  v: string,
  path: string,
): Ordering {
  const keys: SortKey[] = [];
  const calls: string[] = [];
  const list = orderBy ?? [];
  if (list.length > MAX_SORT_KEYS) {
    throw new BadUserInputError(path, `may hold at most ${MAX_SORT_KEYS} sort keys`);
  }
  const type = t.walk.schema.getType(spec.sortType) as GraphQLInputObjectType;
  list.forEach((item, i) => {
    const at = `${path}.${i}`;
    const [field, value] = only(item, at);
    if (!FIELD_NAME.test(field) || !type.getFields()[field]) {
      throw new BadUserInputError(`${at}.${field}`, `is not a sort key of ${spec.sortType}`);
    }
    if (typeof value === "string") {
      keys.push({ expression: spec.scalar(v, field), direction: value as Direction });
      return;
    }
    if (!isRelationField(field))
      throw new BadUserInputError(`${at}.${field}`, "is not a relationship list");
    const read = RELATION_FIELDS[field].read({ first: 1 } as RelationFieldArgValues);
    const [r, far, a] = t.variables("r", "o", "a");
    const pattern = relationPattern(v, r, read.types, read.direction, far);
    const [measure, how] = only(value as Record<string, unknown>, `${at}.${field}`);
    if (measure === "count") {
      keys.push({ expression: `COUNT { MATCH ${pattern} }`, direction: how as Direction });
      return;
    }
    const aggregateType = (type.getFields()[field]!.type as GraphQLInputObjectType).getFields?.()[
      measure
    ];
    if (!FIELD_NAME.test(measure) || !aggregateType || !isInputObjectType(aggregateType.type)) {
      throw new BadUserInputError(
        `${at}.${field}.${measure}`,
        "is not a number of the list's items",
      );
    }
    const [fn, direction] = only(how as Record<string, unknown>, `${at}.${field}.${measure}`);
    if (!AGGREGATES.has(fn))
      throw new BadUserInputError(`${at}.${field}.${measure}.${fn}`, "is not an aggregate");
    calls.push(`CALL (${v}) { MATCH ${pattern} RETURN ${fn}(${r}.${measure}) AS ${a} }`);
    keys.push({ expression: a, direction: direction as Direction });
  });
  keys.push({ expression: `${v}.id`, direction: "ASC" });
  return { calls, keys };
}

/**
 * Whether the sort keys `k` (a Cypher list, in the ordering's key order) come after the cursor's keys `c`, in the
 * order ORDER BY gives (ascending: absent values last; descending: absent values first). Null comparisons act as
 * false, as a WHERE reads them; the last key (the id) is never absent, so exactly the items after the cursor pass.
 */
export function afterCursor(keys: readonly SortKey[], k: string, c: string): string {
  const at = (i: number): string => {
    const [x, y] = [`${k}[${i}]`, `${c}[${i}]`];
    if (i === keys.length - 1) return `${x} > ${y}`;
    const greater =
      keys[i]!.direction === "ASC"
        ? `(${y} IS NOT NULL AND (${x} IS NULL OR ${x} > ${y}))`
        : `(${x} IS NOT NULL AND (${y} IS NULL OR ${x} < ${y}))`;
    const same = `(${x} = ${y} OR (${x} IS NULL AND ${y} IS NULL))`;
    return `(${greater} OR (${same} AND ${at(i + 1)}))`;
  };
  return at(0);
}

/** ORDER BY items of the ordering's keys (`keys[0] DESC, keys[1], ...`), given the name of the key list. */
export const orderClause = (keys: readonly SortKey[], list: string): string =>
  keys.map((key, i) => `${list}[${i}]${key.direction === "DESC" ? " DESC" : ""}`).join(", ");

/** ORDER BY items of an ordering's keys, written out (`e.date DESC, e.id`). */
export const orderItems = (ordering: Ordering): string =>
  ordering.keys.map((k) => `${k.expression}${k.direction === "DESC" ? " DESC" : ""}`).join(", ");
