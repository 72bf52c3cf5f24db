import { getNamedType, GraphQLObjectType, type FieldNode } from "graphql";
import { listAggregateProjection } from "./list-aggregate.projection";
import { int } from "../graph/values";
import { checkedArgs } from "./checked-args";
import { entityProjection } from "./entity.projection";
import {
  RELATION_FIELDS,
  type Direction,
  type RelationField,
  type RelationFieldArgValues,
  type RelationRead,
  type RelationFieldName,
} from "./relation-fields";
import { endNode, relationPattern } from "./relation-pattern";
import { relationshipProjection } from "./relationship.projection";
import { resolvedFromParent, storedField } from "./stored.projection";
import { mapOf, type Translation } from "./translation";
import { validOn } from "./valid-on";
import { itemOrder, listOrdering, orderItems } from "./order-by";
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
    const stored = storedField(t, vars.r, field);
    if (stored !== undefined) entries.push([field.key, stored]);
    else if (!resolvedFromParent(field)) {
      throw new Error(`The translator has no rule for ${spec.item}.${field.name}`);
    }
  }
  return mapOf(entries);
}

/** The relationships a relationship field (or its aggregate) reads from `self`: the MATCH and WHERE lines, and their variables. */
function relationMatch(
  t: Translation,
  self: string,
  spec: RelationField,
  read: RelationRead,
  filter: {
    where: Record<string, unknown> | null | undefined;
    type: string | undefined;
    path: string;
  },
): { lines: string[]; r: string; far: string } {
  const [r, far] = t.variables("r", "o");
  const predicate = filter.type
    ? wherePredicate(
        t,
        filter.where,
        filter.type,
        itemSubject(spec, read.direction, { self, r, far }),
        filter.path,
      )
    : "true";
  const where = [
    read.asOf === null ? null : validOn(r, t.param(read.asOf)),
    read.segment === null ? null : `${t.param(read.segment)} IN ${r}.segments`,
    predicate === "true" ? null : predicate,
  ].filter((x) => x !== null);
  return {
    lines: [
      `MATCH ${relationPattern(self, r, read.types, read.direction, far)}`,
      ...(where.length ? [`WHERE ${where.join(" AND ")}`] : []),
    ],
    r,
    far,
  };
}

/** The name of the input type of a field's argument (`where`, `orderBy`), if it has one. */
const argTypeOf = (field: SelectedField, name: string): string | undefined => {
  const arg = field.definition.args.find((a) => a.name === name);
  return arg ? getNamedType(arg.type).name : undefined;
};
const whereTypeOf = (field: SelectedField) => argTypeOf(field, "where");

/**
 * A relationship field of entity node `self` (owners, holdings, competitors, ...; see relation-fields.ts) as a
 * COLLECT subquery: the relationships of its types and direction that hold on `asOf` and meet its `where`, in
 * the far end's name order (by type first when it reads several), cut at `first`, each projected as its item
 * type asks.
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
  const { lines, r, far } = relationMatch(t, self, spec, read, {
    where: args.where,
    type: whereTypeOf(field),
    path: `${path}.where`,
  });
  const sortType = argTypeOf(field, "orderBy");
  const ordering =
    !whole && sortType && args.orderBy?.length
      ? listOrdering(
          t,
          args.orderBy,
          itemOrder(sortType),
          // Lists sorted by entity fields (riskFactors, figures, competitors) sort by the far end.
          sortType === "EntitySort" ? far : r,
          `${path}.orderBy`,
        )
      : undefined;
  const order = whole
    ? whole.order(r, far)
    : ordering
      ? [orderItems(ordering), ...(sortType === "EntitySort" ? [`${r}.id`] : [])]
      : [read.types.length > 1 ? `type(${r})` : null, `${far}.name`, `${r}.id`].filter(
          (x) => x !== null,
        );
  // A list's arguments always hold `first` (its default applies); only aggregates read without one.
  const limit = whole ? "" : ` LIMIT ${t.param(int(read.first!))}`;
  const item =
    spec.item === "Entity"
      ? entityProjection(t, far, field.nodes, path)
      : spec.item === "Relationship"
        ? relationshipProjection(t, r, field.nodes, path)
        : itemProjection(t, spec, read.direction, field.nodes, { r, self, far }, path);
  return [
    "COLLECT {",
    ...lines,
    ...(ordering?.calls ?? []),
    `WITH ${r}, ${far} ORDER BY ${order.join(", ")}${limit}`,
    `RETURN ${item}`,
    "}",
  ].join("\n");
}

/**
 * The aggregate field of a relationship list (`holdingsAggregate(where:) { count percentage { sum } }`) of
 * entity node `self`: one row of aggregates over the relationships the list would read, whole.
 */
export function relationAggregateProjection(
  t: Translation,
  self: string,
  name: RelationFieldName,
  field: SelectedField,
  path: string,
): string {
  const spec: RelationField = RELATION_FIELDS[name];
  const args = checkedArgs(spec.aggregate.args, field.args, path) as RelationFieldArgValues;
  const read = spec.read(args);
  const { lines, r } = relationMatch(t, self, spec, read, {
    where: args.where,
    type: whereTypeOf(field),
    path: `${path}.where`,
  });
  return listAggregateProjection(t, field, lines, (number) =>
    spec.aggregate.numbers.includes(number) ? `${r}.${number}` : undefined,
  );
}
