import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  Kind,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from "graphql";
import type { RelationPlanItem, RelationQuery } from "../domain/relations.loader";
import { FRAGMENT_LEVELS } from "../graph/entity-relations-fragment";
import { PARTIAL_DATE } from "../schema/validators";
import {
  ENTITY_BASE_KEYS,
  ENTITY_KEYS,
  isRelationField,
  RELATION_FIELDS,
  type FieldKeys,
  type RelationField,
  type RelationFieldArgValues,
  type RelationFieldName,
} from "./relation-fields";

/** What walking a selection needs from the resolve info. */
export type SelectionWalk = Pick<GraphQLResolveInfo, "fragments" | "variableValues" | "schema">;

/** What a parent statement reads along with the entities it returns. */
export interface EntitySelection {
  /** The entities' own properties the selection shows (sorted), or null for all. */
  keys: string[] | null;
  /** The relationship fields selected on them, nested up to PLAN_DEPTH levels. */
  plan: RelationPlanItem[];
}

/** Levels of relationship fields cypher/fragments/entity-relations reads in one statement. */
export const PLAN_DEPTH = FRAGMENT_LEVELS;

const included = (node: FieldNode | InlineFragmentNode | FragmentSpreadNode, w: SelectionWalk) =>
  getDirectiveValues(GraphQLSkipDirective, node, w.variableValues)?.if !== true &&
  getDirectiveValues(GraphQLIncludeDirective, node, w.variableValues)?.if !== false;

/**
 * The fields selected under `nodes`, through inline fragments and fragment spreads of any type
 * condition (an entity of any kind may be asked for them), honouring @skip and @include.
 */
export function subfields(nodes: readonly FieldNode[], w: SelectionWalk): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const sel of set?.selections ?? []) {
      if (!included(sel, w)) continue;
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet, seen);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        visit(w.fragments[sel.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, new Set());
  return out;
}

const named = (nodes: readonly FieldNode[], name: string) =>
  nodes.filter((n) => n.name.value === name);

/** The field nodes under `nodes` found by following field names (aliases ignored). */
export function nodesAt(
  nodes: readonly FieldNode[],
  path: readonly string[],
  w: SelectionWalk,
): FieldNode[] {
  return path.reduce<FieldNode[]>((at, name) => named(subfields(at, w), name), [...nodes]);
}

const farNodes = (
  field: RelationField,
  nodes: readonly FieldNode[],
  inner: readonly FieldNode[],
) => (field.far === null ? [] : field.far === "" ? [...nodes] : named(inner, field.far));

/** The stored properties the selected `fields` read (sorted), or null when one of them reads them all. */
export function keysOf(
  table: FieldKeys,
  fields: readonly FieldNode[],
  base: readonly string[] = [],
): string[] | null {
  const keys = new Set(base);
  for (const field of fields) {
    const read = Object.hasOwn(table, field.name.value) ? table[field.name.value] : undefined;
    if (!read) return null;
    for (const key of read) keys.add(key);
  }
  return [...keys].sort();
}

/** The read behind a relationship field selected as `nodes`: its arguments' query, and the properties the selection shows. */
export function relationQuery(
  name: RelationFieldName,
  args: RelationFieldArgValues,
  nodes: readonly FieldNode[],
  w: SelectionWalk,
): RelationQuery {
  const field: RelationField = RELATION_FIELDS[name];
  const inner = subfields(nodes, w);
  const far = subfields(farNodes(field, nodes, inner), w);
  return {
    ...field.query(args),
    relKeys: field.keys === null ? [] : keysOf(field.keys, inner),
    otherKeys: keysOf(ENTITY_KEYS, far, ENTITY_BASE_KEYS),
  };
}

/** Arguments that pass the field's validation; anything else is left to the field resolver, which reports it. */
function plannable(
  a: Record<string, unknown>,
): a is Record<string, unknown> & RelationFieldArgValues {
  const first = a.first;
  if (!Number.isInteger(first) || (first as number) < 1 || (first as number) > 100) return false;
  if (a.asOf != null && (typeof a.asOf !== "string" || !PARTIAL_DATE.test(a.asOf))) return false;
  if (a.types != null && (!Array.isArray(a.types) || a.types.length > 20)) return false;
  return true;
}

const keyOf = (q: RelationQuery) => JSON.stringify(q);

function merge(items: RelationPlanItem[]): RelationPlanItem[] {
  const byKey = new Map<string, RelationPlanItem>();
  for (const item of items) {
    const key = keyOf(item.query);
    const seen = byKey.get(key);
    byKey.set(
      key,
      seen ? { query: seen.query, children: merge([...seen.children, ...item.children]) } : item,
    );
  }
  return [...byKey.values()];
}

/** What to read along with the entities selected as `entityNodes`. */
export function planSelection(
  entityNodes: readonly FieldNode[],
  w: SelectionWalk,
  depth = 1,
): EntitySelection {
  const fields = subfields(entityNodes, w);
  const entityType = w.schema.getType("Entity");
  const definitions = isInterfaceType(entityType) ? entityType.getFields() : {};
  const items: RelationPlanItem[] = [];
  for (const node of fields) {
    const name = node.name.value;
    const definition = definitions[name];
    if (!isRelationField(name) || !definition) continue;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, node, w.variableValues);
    } catch {
      continue;
    }
    if (!plannable(args)) continue;
    const field: RelationField = RELATION_FIELDS[name];
    const query = relationQuery(name, args, [node], w);
    const far = farNodes(field, [node], subfields([node], w));
    const children = depth < PLAN_DEPTH && far.length ? planSelection(far, w, depth + 1).plan : [];
    items.push({ query, children });
  }
  return { keys: keysOf(ENTITY_KEYS, fields, ENTITY_BASE_KEYS), plan: merge(items) };
}

/** Whether the root field's selection includes `name` directly (e.g. a connection's `totalCount`). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return named(subfields(info.fieldNodes, info), name).length > 0;
}

/** Plans already made, per first field node of a (cached, so reused) document, then by path, node count and variables. */
const planned = new WeakMap<FieldNode, Map<string, EntitySelection>>();
/** Longest variables JSON whose plan is remembered, and how many variable sets one document keeps. */
const PLAN_MEMO_MAX_VARIABLES = 1024;
const PLAN_MEMO_MAX_PER_DOCUMENT = 64;

/**
 * The plan for a root field whose entities sit at `path` under it (e.g. ["edges", "node"]). Apollo keeps
 * parsed documents, so a repeated query brings the same field nodes: its plan is made once per variables
 * (the plan depends only on the document, the variables and the fixed schema; callers do not change it).
 */
export function planFor(info: GraphQLResolveInfo, path: readonly string[] = []): EntitySelection {
  const variables = JSON.stringify(info.variableValues);
  const [fieldNode] = info.fieldNodes;
  if (!fieldNode || variables.length > PLAN_MEMO_MAX_VARIABLES) {
    return planSelection(nodesAt(info.fieldNodes, path, info), info);
  }
  const key = `${path.join(".")}|${info.fieldNodes.length}|${variables}`;
  let byKey = planned.get(fieldNode);
  if (!byKey) planned.set(fieldNode, (byKey = new Map()));
  let plan = byKey.get(key);
  if (!plan) {
    if (byKey.size >= PLAN_MEMO_MAX_PER_DOCUMENT) byKey.clear();
    byKey.set(key, (plan = planSelection(nodesAt(info.fieldNodes, path, info), info)));
  }
  return plan;
}
