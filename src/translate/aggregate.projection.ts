import { GraphQLObjectType, type FieldNode } from "graphql";
import { int } from "../graph/values";
import { EntityGroupByArgs } from "../schema/aggregate.args";
import { checkedArgs } from "./checked-args";
import { mapOf, type Translation } from "./translation";
import { selectedFields } from "./walk";

/** The property each group key reads of an entity. */
const ENTITY_GROUP_KEYS: Readonly<Record<string, string>> = {
  KIND: "kind",
  COUNTRY: "country",
  STATUS: "status",
};

/**
 * A connection's `aggregate { count groupBy(by:) { key count } }` over `matched`, the list of every item the
 * connection keeps (all pages), each item's node read by `node` (e.g. `m[0]`): the CALL subqueries that group
 * (one per `groupBy` asked), to run where `matched` is in scope, and the map expression to read after them.
 */
export function entityAggregateProjection(
  t: Translation,
  nodes: readonly FieldNode[],
  matched: string,
  node: (item: string) => string,
  path: string,
): { calls: string[]; expression: string } {
  const type = t.walk.schema.getType("EntityAggregate");
  if (!(type instanceof GraphQLObjectType)) throw new Error("No object type EntityAggregate");
  const calls: string[] = [];
  const entries: Array<[string, string]> = [];
  for (const field of selectedFields(nodes, type, t.walk)) {
    if (field.name === "count") {
      entries.push([field.key, `size(${matched})`]);
      continue;
    }
    if (field.name !== "groupBy")
      throw new Error(`The translator has no rule for EntityAggregate.${field.name}`);
    const args = checkedArgs(EntityGroupByArgs, field.args, `${path}.groupBy`);
    const [m, e, c, groups] = t.variables("m", "e", "c", "groups");
    const by = [...new Set(args.by)].map(
      (key) => [ENTITY_GROUP_KEYS[key]!, t.variable("k")] as const,
    );
    const key = mapOf(
      Object.values(ENTITY_GROUP_KEYS).map((property) => [
        property,
        by.find(([p]) => p === property)?.[1] ?? "null",
      ]),
    );
    calls.push(
      [
        `CALL (${matched}) {`,
        `UNWIND ${matched} AS ${m}`,
        `WITH ${node(m)} AS ${e}`,
        `WITH ${[...by.map(([p, k]) => `${e}.${p} AS ${k}`), `count(*) AS ${c}`].join(", ")}`,
        `ORDER BY ${[`${c} DESC`, ...by.map(([, k]) => k)].join(", ")}`,
        `LIMIT ${t.param(int(args.first))}`,
        `RETURN collect({key: ${key}, count: ${c}}) AS ${groups}`,
        "}",
      ].join("\n"),
    );
    entries.push([field.key, groups]);
  }
  return { calls, expression: mapOf(entries) };
}
