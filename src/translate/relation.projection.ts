import { getNamedType, GraphQLObjectType, type FieldNode } from "graphql";
import { int } from "../graph/values";
import { checkedArgs } from "./checked-args";
import { entityProjection } from "./entity.projection";
import {
  RELATION_FIELDS,
  type Direction,
  type RelationField,
  type RelationFieldArgValues,
  type RelationFieldName,
} from "./relation-fields";
import { endNode, relationPattern } from "./relation-pattern";
import { relationshipProjection } from "./relationship.projection";
import { resolvedFromParent, storedField } from "./stored.projection";
import { mapOf, type Translation } from "./translation";
import { validOn } from "./valid-on";
import { itemSubject, wherePredicate } from "./where";
import { selectedFields, type SelectedField } from "./walk";

/** A relationship item (Ownership, Competition, Supply, Position) of relationship `r` between `self` and `far`. */
function itemProjection(
  t: Translation,
  spec: RelationField,
  direction: Direction,
  nodes: readonly FieldNode[],
  vars: { r: string; self: string; far: string },
  path: string,
): string {
  const type = t.walk.schema.getType(spec.item);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`No object type ${spec.item}`);
  const entries: Array<[string, string]> = [];
  for (const field of selectedFields(nodes, type, t.walk)) {
    const end = spec.ends[field.name];
    if (end !== undefined) {
      const node = endNode(end, direction, vars.self, vars.far);
      entries.push([field.key, entityProjection(t, node, field.nodes, `${path}.${field.name}`)]);
      continue;
    }
    const stored = storedField(vars.r, field);
    if (stored !== undefined) entries.push([field.key, stored]);
    else if (!resolvedFromParent(field)) {
      throw new Error(`The translator has no rule for ${spec.item}.${field.name}`);
    }
  }
  return mapOf(entries);
}

/**
 * A relationship field of entity node `self` (owners, holdings, competitors, ...; see relation-fields.ts) as a
 * COLLECT subquery: the relationships of its types and direction that hold on `asOf`, in the far end's name
 * order (by type first when it reads several), cut at `first`, each projected as its item type asks.
 */
export function relationProjection(
  t: Translation,
  self: string,
  field: SelectedField,
  path: string,
  /** For root queries that list a relationship field whole in an order of their own. */
  whole?: { order: (r: string, far: string) => string[] },
): string {
  const spec: RelationField = RELATION_FIELDS[field.name as RelationFieldName];
  const args = checkedArgs(spec.args, field.args, path) as RelationFieldArgValues;
  const read = spec.read(args);
  const [r, far] = t.variables("r", "o");
  const whereType = field.definition.args.find((a) => a.name === "where")?.type;
  const filter = whereType
    ? wherePredicate(
        t,
        args.where,
        getNamedType(whereType).name,
        itemSubject(spec, read.direction, { self, r, far }),
        `${path}.where`,
      )
    : "true";
  const where = [
    read.asOf === null ? null : validOn(r, t.param(read.asOf)),
    read.segment === null ? null : `${t.param(read.segment)} IN ${r}.segments`,
    filter === "true" ? null : filter,
  ].filter((x) => x !== null);
  const order = whole
    ? whole.order(r, far)
    : [read.types.length > 1 ? `type(${r})` : null, `${far}.name`, `${r}.id`].filter(
        (x) => x !== null,
      );
  const limit = whole ? "" : ` LIMIT ${t.param(int(read.first))}`;
  const item =
    spec.item === "Entity"
      ? entityProjection(t, far, field.nodes, path)
      : spec.item === "Relationship"
        ? relationshipProjection(t, r, field.nodes)
        : itemProjection(t, spec, read.direction, field.nodes, { r, self, far }, path);
  return [
    "COLLECT {",
    `MATCH ${relationPattern(self, r, read.types, read.direction, far)}`,
    ...(where.length ? [`WHERE ${where.join(" AND ")}`] : []),
    `WITH ${r}, ${far} ORDER BY ${order.join(", ")}${limit}`,
    `RETURN ${item}`,
    "}",
  ].join("\n");
}
