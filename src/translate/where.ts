import { getNamedType, isInputObjectType, type GraphQLInputObjectType } from "graphql";
import { BadUserInputError } from "../errors";
import { PARTIAL_DATE } from "../model/vocabulary";
import { endNode, relationPattern } from "./relation-pattern";
import {
  isRelationField,
  RELATION_FIELDS,
  type Direction,
  type RelationField,
  type RelationFieldArgValues,
} from "./relation-fields";
import type { Translation } from "./translation";

/** How much one filter may ask: nesting, conditions, relationship subqueries, list and text lengths. */
export const FILTER_LIMITS = {
  /** Nested filter inputs (a relationship's end, a quantifier, AND / OR / NOT each add one). */
  depth: 8,
  /** Operators (`eq`, `gte`, ...) in the whole filter. */
  conditions: 50,
  /** Relationship quantifiers and counts (each a subquery per candidate). */
  quantifiers: 8,
  /** Filters in one `AND` or `OR` list. */
  listItems: 20,
  /** Values in one `in` list. */
  inValues: 100,
  /** Characters in one text value. */
  textLength: 200,
} as const;

/** What a filter input is about: an entity node, or a relationship with its entities by field name. */
export type Subject =
  | { readonly node: string }
  | { readonly rel: string; readonly ends: Readonly<Record<string, string>> };

/** Comparison operators of the scalar filters, as Cypher operators. */
const OPERATORS: Readonly<Record<string, string>> = {
  eq: "=",
  in: "IN",
  gt: ">",
  gte: ">=",
  lt: "<",
  lte: "<=",
  contains: "CONTAINS",
  startsWith: "STARTS WITH",
  endsWith: "ENDS WITH",
};

const QUANTIFIERS = ["some", "none", "all", "single", "count"] as const;
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

type Value = Record<string, unknown>;

/**
 * Turns `where` filters into Cypher predicates, every value a parameter and every name one the schema declares.
 * The filter's input type says how each field compares (src/schema/where.input.ts, filter.input.ts). Logic is
 * two-valued: an absent value meets no operator (`x IS NOT NULL AND ...`), so NOT and `all` mean what they say.
 */
class WhereCompiler {
  private conditions = 0;
  private quantifiers = 0;

  constructor(private readonly t: Translation) {}

  where(
    value: Value,
    type: GraphQLInputObjectType,
    subject: Subject,
    path: string,
    depth: number,
  ): string {
    if (depth > FILTER_LIMITS.depth) {
      throw new BadUserInputError(path, `filters may nest at most ${FILTER_LIMITS.depth} levels`);
    }
    const fields = type.getFields();
    const parts: string[] = [];
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined || v === null) continue;
      const field = fields[key];
      const at = `${path}.${key}`;
      if (!field || !FIELD_NAME.test(key))
        throw new BadUserInputError(at, `is not a field of ${type.name}`);
      const named = getNamedType(field.type);
      if (key === "AND" || key === "OR") {
        if ((v as Value[]).length > FILTER_LIMITS.listItems) {
          throw new BadUserInputError(at, `may list at most ${FILTER_LIMITS.listItems} filters`);
        }
        const items = (v as Value[]).map((x, i) =>
          this.where(x, type, subject, `${at}.${i}`, depth + 1),
        );
        parts.push(items.length ? `(${items.join(` ${key} `)})` : key === "AND" ? "true" : "false");
      } else if (key === "NOT") {
        parts.push(`NOT (${this.where(v as Value, type, subject, at, depth + 1)})`);
      } else if (!isInputObjectType(named)) {
        throw new BadUserInputError(at, `is not a filter`);
      } else if (named.name.endsWith("Where") && !named.name.endsWith("ListWhere")) {
        // An entity at one end of the relationship this filter is about.
        const node = "rel" in subject ? subject.ends[key] : undefined;
        if (node === undefined) throw new BadUserInputError(at, `is not an end of ${type.name}`);
        if (VARIABLE.test(node)) parts.push(this.where(v as Value, named, { node }, at, depth + 1));
        else {
          // An end read by an expression (`startNode(r)`): bound to a variable, so patterns can start from it.
          const bound = this.t.variable("e");
          const predicate = this.where(v as Value, named, { node: bound }, at, depth + 1);
          parts.push(`any(${bound} IN [${node}] WHERE ${predicate})`);
        }
      } else if (named.name.endsWith("ListWhere")) {
        const items = "node" in subject ? listItems(type.name, key) : undefined;
        if (!items || !("node" in subject)) {
          throw new BadUserInputError(at, `is not a relationship list of ${type.name}`);
        }
        parts.push(this.quantified(items, subject.node, v as Value, named, at, depth + 1));
      } else {
        parts.push(this.scalar(operand(subject, type.name, key), named.name, v as Value, at));
      }
    }
    return parts.length === 0
      ? "true"
      : parts.length === 1
        ? parts[0]!
        : `(${parts.join(" AND ")})`;
  }

  /** `some` / `none` / `all` / `single` / `count` over the items of a list of `self` (see listItems). */
  private quantified(
    items: ListItems,
    self: string,
    value: Value,
    type: GraphQLInputObjectType,
    path: string,
    depth: number,
  ): string {
    const parts: string[] = [];
    for (const q of QUANTIFIERS) {
      const v = value[q];
      if (v === undefined || v === null) continue;
      const at = `${path}.${q}`;
      if (++this.quantifiers > FILTER_LIMITS.quantifiers) {
        throw new BadUserInputError(
          at,
          `a filter may use at most ${FILTER_LIMITS.quantifiers} relationship quantifiers and counts`,
        );
      }
      const [r, far] = this.t.variables("r", "o");
      const { pattern, item } = items(self, r, far);
      const match = `MATCH ${pattern}`;
      if (q === "count") {
        parts.push(this.scalar(`COUNT { ${match} }`, "IntFilter", v as Value, at));
        continue;
      }
      const itemType = getNamedType(type.getFields()[q]!.type) as GraphQLInputObjectType;
      const predicate = this.where(v as Value, itemType, item, at, depth + 1);
      parts.push(
        q === "some"
          ? `EXISTS { ${match} WHERE ${predicate} }`
          : q === "none"
            ? `NOT EXISTS { ${match} WHERE ${predicate} }`
            : q === "all"
              ? `NOT EXISTS { ${match} WHERE NOT (${predicate}) }`
              : `COUNT { ${match} WHERE ${predicate} } = 1`,
      );
    }
    return parts.length === 0
      ? "true"
      : parts.length === 1
        ? parts[0]!
        : `(${parts.join(" AND ")})`;
  }

  /** One scalar filter (`{ gte: 50, lt: 100 }`) on the Cypher expression `x`. */
  private scalar(x: string, filterType: string, value: Value, path: string): string {
    const caseInsensitive = filterType === "StringFilter" && value.caseInsensitive === true;
    const compared = caseInsensitive
      ? `toLower(${x})`
      : filterType === "BooleanFilter"
        ? `coalesce(${x}, false)`
        : x;
    const present: string[] = [];
    const parts: string[] = [];
    for (const [op, v] of Object.entries(value)) {
      if (v === undefined || v === null || op === "caseInsensitive") continue;
      const at = `${path}.${op}`;
      if (++this.conditions > FILTER_LIMITS.conditions) {
        throw new BadUserInputError(
          at,
          `a filter may hold at most ${FILTER_LIMITS.conditions} conditions`,
        );
      }
      if (op === "isNull") {
        parts.push(v === true ? `${x} IS NULL` : `${x} IS NOT NULL`);
        continue;
      }
      const operator = OPERATORS[op];
      if (operator === undefined)
        throw new BadUserInputError(at, `is not an operator of ${filterType}`);
      const p = this.t.param(checkedValue(v, filterType, caseInsensitive, at));
      present.push(
        filterType === "DateFilter"
          ? // Compared at the coarser precision of the two: each cut to the other's length.
            `left(${x}, size(${p})) ${operator} left(${p}, size(${x}))`
          : `${compared} ${operator} ${p}`,
      );
    }
    // A count is never absent, and an absent flag is false.
    const guarded =
      present.length > 0 && filterType !== "BooleanFilter" && filterType !== "IntFilter";
    if (guarded) parts.push(`${x} IS NOT NULL`, ...present);
    else parts.push(...present);
    return parts.length === 0
      ? "true"
      : parts.length === 1
        ? parts[0]!
        : `(${parts.join(" AND ")})`;
  }
}

/**
 * What a filter on one item of a relationship field is about: the far entity (`riskFactors`, `figures`), or
 * the relationship `r` with its entity fields (`owner`, `owned`, `competitor`, `from`, `to`, ...) as nodes.
 */
export function itemSubject(
  spec: RelationField,
  direction: Direction,
  vars: { self: string; r: string; far: string },
): Subject {
  if (spec.item === "Entity") return { node: vars.far };
  if (spec.item === "Relationship") return relationshipSubject(vars.r);
  const ends = Object.entries(spec.ends).map(([name, end]) => [
    name,
    endNode(end, direction, vars.self, vars.far),
  ]);
  return { rel: vars.r, ends: Object.fromEntries(ends) };
}

/** The items of a list a filter quantifies over, from `self` along relationship `r` to `far`: the pattern, and what a filter on one item is about. */
type ListItems = (self: string, r: string, far: string) => { pattern: string; item: Subject };

/** The lists of a filter input that take quantifiers: an entity's relationship fields and events, an event's participants. */
function listItems(typeName: string, key: string): ListItems | undefined {
  if (typeName === "EntityWhere" && isRelationField(key)) {
    const spec = RELATION_FIELDS[key];
    const read = spec.read({ first: 1 } as RelationFieldArgValues);
    return (self, r, far) => ({
      pattern: relationPattern(self, r, read.types, read.direction, far),
      item: itemSubject(spec, read.direction, { self, r, far }),
    });
  }
  if (typeName === "EntityWhere" && key === "events") {
    return (self, r, far) => ({
      pattern: `(${self})<-[${r}:INVOLVES]-(${far}:Event)`,
      item: { node: far },
    });
  }
  if (typeName === "EventWhere" && key === "participants") {
    return (self, r, far) => ({
      pattern: `(${self})-[${r}:INVOLVES]->(${far}:Entity)`,
      item: { rel: r, ends: { entity: far } },
    });
  }
  return undefined;
}

/** A relationship of any type as what a `RelationshipWhere` is about: its start (`from`) and end (`to`). */
export const relationshipSubject = (r: string): Subject => ({
  rel: r,
  ends: { from: `startNode(${r})`, to: `endNode(${r})` },
});

/** The Cypher expression of field `key` of the subject (a relationship's type is not a property). */
function operand(subject: Subject, typeName: string, key: string): string {
  if ("node" in subject) return `${subject.node}.${key}`;
  return typeName === "RelationshipWhere" && key === "type"
    ? `type(${subject.rel})`
    : `${subject.rel}.${key}`;
}

/** A filter's value within bounds (dates well formed), lower-cased for a case-insensitive comparison. */
function checkedValue(v: unknown, filterType: string, lower: boolean, path: string): unknown {
  if (Array.isArray(v)) {
    if (v.length > FILTER_LIMITS.inValues) {
      throw new BadUserInputError(path, `may list at most ${FILTER_LIMITS.inValues} values`);
    }
    return v.map((x, i) => checkedValue(x, filterType, lower, `${path}.${i}`));
  }
  if (typeof v !== "string") return v;
  if (v.length > FILTER_LIMITS.textLength) {
    throw new BadUserInputError(path, `must be at most ${FILTER_LIMITS.textLength} characters`);
  }
  if (filterType === "DateFilter" && !PARTIAL_DATE.test(v)) {
    throw new BadUserInputError(path, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD");
  }
  return lower ? v.toLowerCase() : v;
}

/**
 * The Cypher predicate of the filter `where` (of input type `typeName`, e.g. `EntityWhere`) on `subject`, its
 * values added to the translation's parameters; `true` when it asks nothing. BAD_USER_INPUT names the path of
 * the field at fault (`where.holdings.some.percentage.gte`) when the filter is out of bounds.
 */
export function wherePredicate(
  t: Translation,
  where: Value | null | undefined,
  typeName: string,
  subject: Subject,
  path: string,
): string {
  if (!where) return "true";
  const type = t.walk.schema.getType(typeName);
  if (!isInputObjectType(type)) throw new Error(`No filter input ${typeName}`);
  return new WhereCompiler(t).where(where, type, subject, path, 1);
}
