import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from "graphql";
import { projectionKey } from "./projection-key";

/** What walking a selection needs from the resolve info. */
export type Walk = Pick<GraphQLResolveInfo, "fragments" | "variableValues" | "schema">;

/** One field as a projection reads it: its key in the projected map, its definition, arguments and the nodes below it. */
export interface SelectedField {
  key: string;
  name: string;
  definition: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  /** Every node selecting it under this key (their sub-selections are merged). */
  nodes: FieldNode[];
}

const included = (node: FieldNode | InlineFragmentNode | FragmentSpreadNode, w: Walk) =>
  getDirectiveValues(GraphQLSkipDirective, node, w.variableValues)?.if !== true &&
  getDirectiveValues(GraphQLIncludeDirective, node, w.variableValues)?.if !== false;

/** Whether a fragment with this type condition applies to objects of `type`. */
function applies(condition: string | undefined, type: GraphQLObjectType): boolean {
  return (
    condition === undefined ||
    condition === type.name ||
    type.getInterfaces().some((i) => i.name === condition)
  );
}

/**
 * The fields selected under `nodes` that apply to objects of `type` (through inline fragments and
 * fragment spreads whose type condition the type meets), honouring @skip and @include.
 */
export function fieldNodesFor(
  nodes: readonly FieldNode[],
  type: GraphQLObjectType,
  w: Walk,
): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const sel of set?.selections ?? []) {
      if (!included(sel, w)) continue;
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (applies(sel.typeCondition?.name.value, type)) visit(sel.selectionSet, seen);
      } else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const fragment = w.fragments[sel.name.value];
        if (fragment && applies(fragment.typeCondition.name.value, type)) {
          visit(fragment.selectionSet, seen);
        }
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, new Set());
  return out;
}

/**
 * The fields selected on objects of `type`, one per projection key: a field without arguments is read under
 * its name whatever its aliases (their sub-selections merged); a field with arguments under its name and
 * alias (see projection-key.ts). `__typename` is left to graphql-js.
 */
export function selectedFields(
  nodes: readonly FieldNode[],
  type: GraphQLObjectType,
  w: Walk,
): SelectedField[] {
  const byKey = new Map<string, SelectedField>();
  const definitions = type.getFields();
  for (const node of fieldNodesFor(nodes, type, w)) {
    const name = node.name.value;
    const definition = definitions[name];
    if (!definition) continue;
    const hasArgs = definition.args.length > 0;
    const key = hasArgs ? projectionKey(name, node.alias?.value ?? name) : name;
    const seen = byKey.get(key);
    if (seen) seen.nodes.push(node);
    else {
      const args = hasArgs ? getArgumentValues(definition, node, w.variableValues) : {};
      byKey.set(key, { key, name, definition, args, nodes: [node] });
    }
  }
  return [...byKey.values()];
}

/** The object types a value of `type` may be (itself, or an interface's implementations). */
export function possibleTypes(type: GraphQLNamedType, w: Walk): readonly GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  if (isAbstractType(type)) return w.schema.getPossibleTypes(type);
  return [];
}

/** The named type of a field (lists and non-null unwrapped). */
export const namedTypeOf = (field: SelectedField): GraphQLNamedType =>
  getNamedType(field.definition.type);

/** The field nodes found under `nodes` by following field names (aliases and fragments' conditions ignored). */
export function nodesAt(
  nodes: readonly FieldNode[],
  path: readonly string[],
  w: Walk,
): FieldNode[] {
  return path.reduce<FieldNode[]>(
    (at, name) => {
      const out: FieldNode[] = [];
      const visit = (set: SelectionSetNode | undefined) => {
        for (const sel of set?.selections ?? []) {
          if (!included(sel, w)) continue;
          if (sel.kind === Kind.FIELD) {
            if (sel.name.value === name) out.push(sel);
          } else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
          else visit(w.fragments[sel.name.value]?.selectionSet);
        }
      };
      for (const node of at) visit(node.selectionSet);
      return out;
    },
    [...nodes],
  );
}
