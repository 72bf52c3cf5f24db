import { GraphQLObjectType, type FieldNode } from "graphql";
import { int } from "../graph/values";
import {
  EntityGroupByArgs,
  EventGroupByArgs,
  RelationshipGroupByArgs,
} from "../schema/aggregate.args";
import { checkedArgs } from "./checked-args";
import { mapOf, type Translation } from "./translation";
import { selectedFields } from "./walk";

/** A key a connection's items can be grouped by: the field of the group's `key` it fills and how it reads an item. */
interface GroupKey {
  field: string;
  read: (x: string) => string;
  /** A list property: the item counts in the group of each of its values (none: the group of null). */
  each?: boolean;
}

/** What a connection's `aggregate` reads of its items (src/schema/aggregate.type.ts declares the same fields). */
export interface AggregateSpec {
  type: string;
  groupArgs: new () => { by: string[]; first: number };
  keys: Readonly<Record<string, GroupKey>>;
  /** Number properties aggregated as `FloatAggregate { min max avg sum }`. */
  numbers: readonly string[];
  /** Money properties aggregated as `MoneyAggregate { min max avg sum }`, over yen amounts only. */
  money?: readonly string[];
}

export const ENTITY_AGGREGATE: AggregateSpec = {
  type: "EntityAggregate",
  groupArgs: EntityGroupByArgs,
  keys: {
    KIND: { field: "kind", read: (x) => `${x}.kind` },
    COUNTRY: { field: "country", read: (x) => `${x}.country` },
    STATUS: { field: "status", read: (x) => `${x}.status` },
  },
  numbers: [],
};

export const EVENT_AGGREGATE: AggregateSpec = {
  type: "EventAggregate",
  groupArgs: EventGroupByArgs,
  keys: {
    KIND: { field: "kind", read: (x) => `${x}.kind` },
    YEAR: { field: "year", read: (x) => `left(${x}.date, 4)` },
    ROLE: {
      field: "role",
      read: (x) => `COLLECT { MATCH (${x})-[inv:INVOLVES]->() RETURN DISTINCT inv.role }`,
      each: true,
    },
  },
  numbers: ["stake"],
  money: ["amount"],
};

export const RELATIONSHIP_AGGREGATE: AggregateSpec = {
  type: "RelationshipAggregate",
  groupArgs: RelationshipGroupByArgs,
  keys: {
    TYPE: { field: "type", read: (x) => `type(${x})` },
    SEGMENT: { field: "segment", read: (x) => `${x}.segments`, each: true },
    CONSOLIDATION: { field: "consolidation", read: (x) => `${x}.consolidation` },
    FROM: { field: "from", read: (x) => `startNode(${x}).id` },
    TO: { field: "to", read: (x) => `endNode(${x}).id` },
  },
  numbers: ["percentage", "costShare"],
};

const FUNCTIONS = ["min", "max", "avg", "sum"] as const;

/** A yen amount as a stored `Money` value, valued in US dollars at the convenience rate (`on` null). */
const yen = (amount: string) =>
  `{amount: ${amount}, currency: 'JPY', approximate: false, uncertain: false, raw: null, on: null}`;

/** The aggregates of rows `x` (an aggregating expression: use it where `x` varies over the rows). */
function aggregates(spec: AggregateSpec, x: string): string {
  const numbers = spec.numbers.map(
    (p) => [p, mapOf(FUNCTIONS.map((fn) => [fn, `${fn}(${x}.${p})`]))] as [string, string],
  );
  const money = (spec.money ?? []).map((p) => {
    const inYen = `CASE WHEN ${x}.${p}Currency = 'JPY' THEN ${x}.${p} END`;
    return [p, mapOf(FUNCTIONS.map((fn) => [fn, yen(`${fn}(${inYen})`)]))] as [string, string];
  });
  return mapOf([["count", `count(${x})`], ...numbers, ...money]);
}

/**
 * A connection's `aggregate { count <number> { min max avg sum } groupBy(by:) { key count ... } }` over
 * `matched`, the list of every item the connection keeps (all pages), each item read by `item` (e.g. `m[0]`):
 * the CALL subqueries to run where `matched` is in scope (one for the totals, one per `groupBy` asked), and the
 * expression to read after them. Groups come largest first, then by key.
 */
export function aggregateProjection(
  t: Translation,
  spec: AggregateSpec,
  nodes: readonly FieldNode[],
  matched: string,
  item: (m: string) => string,
  path: string,
): { calls: string[]; expression: string } {
  const type = t.walk.schema.getType(spec.type);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`No object type ${spec.type}`);
  const [m, x, totals] = t.variables("m", "x", "totals");
  const calls = [
    `CALL (${matched}) { UNWIND ${matched} AS ${m} WITH ${item(m)} AS ${x} RETURN ${aggregates(spec, x)} AS ${totals} }`,
  ];
  const groupings: Array<[string, string]> = [];
  for (const field of selectedFields(nodes, type, t.walk)) {
    if (field.name !== "groupBy") continue;
    const args = checkedArgs(spec.groupArgs, field.args, `${path}.groupBy`);
    const [gm, gx, agg, groups] = t.variables("m", "x", "agg", "groups");
    const by = [...new Set(args.by)].map((name) => ({
      key: spec.keys[name]!,
      alias: t.variable("k"),
    }));
    const lines = [
      `CALL (${matched}) {`,
      `UNWIND ${matched} AS ${gm}`,
      `WITH ${item(gm)} AS ${gx}`,
    ];
    for (const { key, alias } of by.filter((b) => b.key.each)) {
      const list = key.read(gx);
      lines.push(
        `UNWIND CASE WHEN size(coalesce(${list}, [])) = 0 THEN [null] ELSE ${list} END AS ${alias}`,
      );
    }
    const keys = by.map(({ key, alias }) => (key.each ? alias : `${key.read(gx)} AS ${alias}`));
    const keyMap = mapOf(
      Object.values(spec.keys).map((k) => [k.field, by.find((b) => b.key === k)?.alias ?? "null"]),
    );
    lines.push(
      `WITH ${[...keys, `${aggregates(spec, gx)} AS ${agg}`].join(", ")}`,
      `ORDER BY ${[`${agg}.count DESC`, ...by.map((b) => b.alias)].join(", ")}`,
      `LIMIT ${t.param(int(args.first))}`,
      `RETURN collect(${agg}{.*, key: ${keyMap}}) AS ${groups}`,
      "}",
    );
    calls.push(lines.join("\n"));
    groupings.push([field.key, groups]);
  }
  const expression = groupings.length
    ? `${totals}{.*, ${groupings.map(([k, v]) => `${mapOf([[k, v]]).slice(1, -1)}`).join(", ")}}`
    : totals;
  return { calls, expression };
}
