import { GraphQLObjectType, type FieldNode } from "graphql";
import { int } from "../graph/values";
import { historyProjection } from "./history.projection";
import { entityProjection } from "./entity.projection";
import { resolvedFromParent, storedField } from "./stored.projection";
import { mapOf, type Translation } from "./translation";
import { listAggregateProjection } from "./list-aggregate.projection";
import { selectedFields, type SelectedField } from "./walk";
import { wherePredicate } from "./where";
import { EVENT_ORDER, listOrdering, orderItems, type Ordering } from "./order-by";

const objectType = (t: Translation, name: string): GraphQLObjectType => {
  const type = t.walk.schema.getType(name);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`No object type ${name}`);
  return type;
};

/** The participants of event node `e` (its outgoing INVOLVES), by role then id, as `Participant` objects. */
function participantsProjection(
  t: Translation,
  e: string,
  nodes: readonly FieldNode[],
  path: string,
) {
  const [i, p] = t.variables("i", "p");
  const entries: Array<[string, string]> = [];
  for (const field of selectedFields(nodes, objectType(t, "Participant"), t.walk)) {
    entries.push([
      field.key,
      field.name === "entity" ? entityProjection(t, p, field.nodes, `${path}.entity`) : `${i}.role`,
    ]);
  }
  return `COLLECT {\nMATCH (${e})-[${i}:INVOLVES]->(${p}:Entity)\nWITH ${i}, ${p} ORDER BY ${i}.role, ${p}.id\nRETURN ${mapOf(entries)}\n}`;
}

/**
 * Event node `e` as an `Event` object shaped like the selection; `role` is the Cypher expression of the role
 * of the entity it was reached from (null at the root). Its amount is valued at the rate of its date.
 */
export function eventProjection(
  t: Translation,
  e: string,
  nodes: readonly FieldNode[],
  path: string,
  role = "null",
): string {
  const entries: Array<[string, string]> = [["id", `${e}.id`]];
  for (const field of selectedFields(nodes, objectType(t, "Event"), t.walk)) {
    switch (field.name) {
      case "id":
        break;
      case "name":
        entries.push(["name", `coalesce(${e}.name, ${e}.id)`]);
        break;
      case "role":
        entries.push(["role", role]);
        break;
      case "history":
        entries.push([field.key, historyProjection(t, e, "EVENT", field, `${path}.history`)]);
        break;
      case "participants":
        entries.push([
          "participants",
          participantsProjection(t, e, field.nodes, `${path}.participants`),
        ]);
        break;
      default: {
        const stored = storedField(t, e, field, `${e}.date`);
        if (stored !== undefined) entries.push([field.key, stored]);
        else if (!resolvedFromParent(field)) {
          throw new Error(`The translator has no rule for Event.${field.name}`);
        }
      }
    }
  }
  return mapOf(entries);
}

/**
 * The order of a list of events `e`: the keys `orderBy` asks (then by id), or by date with undated events last
 * (then by id) when it asks none.
 */
export function eventOrdering(
  t: Translation,
  orderBy: ReadonlyArray<Record<string, unknown>> | null | undefined,
  e: string,
  path: string,
): Ordering {
  if (orderBy?.length) return listOrdering(t, orderBy, EVENT_ORDER, e, path);
  return {
    calls: [],
    keys: [
      { expression: `${e}.date IS NULL`, direction: "ASC" },
      { expression: `${e}.date`, direction: "ASC" },
      { expression: `${e}.id`, direction: "ASC" },
    ],
  };
}

/** The MATCH and WHERE lines of the events entity node `v` takes part in (`e`, through INVOLVES `own`) that `args` keep. */
function eventsMatch(
  t: Translation,
  v: string,
  path: string,
  args: { kinds?: string[] | null; where?: Record<string, unknown> | null },
): { lines: string[]; e: string; own: string } {
  const [e, own] = t.variables("e", "i");
  const filter = wherePredicate(t, args.where, "EventWhere", { node: e }, `${path}.where`);
  const conditions = [
    args.kinds?.length ? `${e}.kind IN ${t.param(args.kinds)}` : null,
    filter === "true" ? null : filter,
  ].filter((x) => x !== null);
  return {
    lines: [
      `MATCH (${e}:Event)-[${own}:INVOLVES]->(${v})`,
      ...(conditions.length ? [`WHERE ${conditions.join(" AND ")}`] : []),
    ],
    e,
    own,
  };
}

/** The events entity node `v` takes part in (incoming INVOLVES), in the order asked, by default by date with undated ones last. */
export function eventsProjection(
  t: Translation,
  v: string,
  nodes: readonly FieldNode[],
  path: string,
  args: {
    kinds?: string[] | null;
    first: number;
    where?: Record<string, unknown> | null;
    orderBy?: Array<Record<string, unknown>> | null;
  },
): string {
  const { lines, e, own } = eventsMatch(t, v, path, args);
  const ordering = eventOrdering(t, args.orderBy, e, `${path}.orderBy`);
  return [
    "COLLECT {",
    ...lines,
    ...ordering.calls,
    `WITH ${e}, ${own} ORDER BY ${orderItems(ordering)} LIMIT ${t.param(int(args.first))}`,
    `RETURN ${eventProjection(t, e, nodes, path, `${own}.role`)}`,
    "}",
  ].join("\n");
}

/** `eventsAggregate(kinds, where) { count stake { ... } }` of entity node `v`: over every event the list would keep. */
export function eventsAggregateProjection(
  t: Translation,
  v: string,
  field: SelectedField,
  path: string,
  args: { kinds?: string[] | null; where?: Record<string, unknown> | null },
): string {
  const { lines, e } = eventsMatch(t, v, path, args);
  return listAggregateProjection(t, field, lines, (number) =>
    number === "stake" ? `${e}.stake` : undefined,
  );
}
