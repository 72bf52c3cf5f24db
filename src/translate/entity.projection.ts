import { isInterfaceType, type FieldNode, type GraphQLInterfaceType } from "graphql";
import { checkedArgs } from "./checked-args";
import { eventsAggregateProjection, eventsProjection } from "./event.projection";
import { historyProjection } from "./history.projection";
import { relationAggregateProjection, relationProjection } from "./relation.projection";
import {
  aggregatedField,
  EVENTS_AGGREGATE_ARGS,
  EVENTS_FIELD_ARGS,
  isRelationField,
} from "./relation-fields";
import { resolvedFromParent, storedField } from "./stored.projection";
import { mapOf, type Translation } from "./translation";
import { possibleTypes, selectedFields, type SelectedField } from "./walk";

/** Entity fields whose stored property may be absent but whose GraphQL type is not null. */
const WITH_DEFAULT: Readonly<Record<string, (v: string) => string>> = {
  name: (v) => `coalesce(${v}.name, ${v}.id)`,
  summary: (v) => `coalesce(${v}.summary, '')`,
};

/** One field of an entity node `v` (of the kinds that have it). */
function entityField(
  t: Translation,
  v: string,
  field: SelectedField,
  path: string,
): string | undefined {
  const at = `${path}.${field.name}`;
  const withDefault = WITH_DEFAULT[field.name];
  if (withDefault) return withDefault(v);
  if (isRelationField(field.name)) return relationProjection(t, v, field, at);
  const aggregated = aggregatedField(field.name);
  if (aggregated) return relationAggregateProjection(t, v, aggregated, field, at);
  if (field.name === "events") {
    const args = checkedArgs(EVENTS_FIELD_ARGS, field.args, at);
    return eventsProjection(t, v, field.nodes, at, args);
  }
  if (field.name === "eventsAggregate") {
    const args = checkedArgs(EVENTS_AGGREGATE_ARGS, field.args, at);
    return eventsAggregateProjection(t, v, field, at, args);
  }
  if (field.name === "history") return historyProjection(t, v, "ENTITY", field, at);
  if (field.name === "concerns") {
    // A risk factor's entities (its outgoing CONCERNS), in name order.
    const o = t.variable("c");
    return `COLLECT {\nMATCH (${v})-[:CONCERNS]->(${o})\nWITH ${o} ORDER BY ${o}.name, ${o}.id\nRETURN ${entityProjection(t, o, field.nodes, at)}\n}`;
  }
  const stored = storedField(t, v, field);
  if (stored !== undefined || resolvedFromParent(field)) return stored;
  throw new Error(`The translator has no rule for the entity field ${field.name}`);
}

interface Variant {
  types: string[];
  field: SelectedField;
}

/**
 * The entity node `v` as a map shaped like the selection `nodes` (on `Entity` or any of its kinds): its id and
 * kind always (the kind names its GraphQL type), every selected field under its projection key. A field
 * asked differently of different kinds (`... on A { x: owners(first: 1) } ... on B { x: owners(first: 2) }`)
 * is chosen by kind.
 */
export function entityProjection(
  t: Translation,
  v: string,
  nodes: readonly FieldNode[],
  path: string,
): string {
  const entity = t.walk.schema.getType("Entity") as GraphQLInterfaceType;
  const kinds = possibleTypes(entity, t.walk);
  const byKey = new Map<string, Variant[]>();
  for (const kind of kinds) {
    for (const field of selectedFields(nodes, kind, t.walk)) {
      if (field.name === "id" || field.name === "kind") continue;
      const variants = byKey.get(field.key) ?? [];
      const args = JSON.stringify(field.args);
      const same = variants.find((x) => JSON.stringify(x.field.args) === args);
      if (same) {
        same.types.push(kind.name);
        for (const node of field.nodes)
          if (!same.field.nodes.includes(node)) same.field.nodes.push(node);
      } else {
        variants.push({ types: [kind.name], field: { ...field, nodes: [...field.nodes] } });
      }
      byKey.set(field.key, variants);
    }
  }
  const onInterface = isInterfaceType(entity) ? entity.getFields() : {};
  const entries: Array<[string, string]> = [
    ["id", `${v}.id`],
    ["kind", `${v}.kind`],
  ];
  for (const [key, variants] of byKey) {
    const [only] = variants;
    if (variants.length === 1 && only) {
      const expression = entityField(t, v, only.field, path);
      if (expression === undefined) continue; // read by its own resolver
      const everyKind =
        only.types.length === kinds.length || Object.hasOwn(onInterface, only.field.name);
      // A subquery asked only of some kinds runs only for them.
      entries.push([
        key,
        everyKind || !expression.startsWith("COLLECT")
          ? expression
          : `CASE WHEN ${v}.kind IN ${t.param(only.types)} THEN ${expression} END`,
      ]);
    } else {
      const cases = variants.flatMap((x) => {
        const expression = entityField(t, v, x.field, path);
        return expression === undefined
          ? []
          : [`WHEN ${v}.kind IN ${t.param(x.types)} THEN ${expression}`];
      });
      if (cases.length) entries.push([key, `CASE ${cases.join(" ")} END`]);
    }
  }
  return mapOf(entries);
}
