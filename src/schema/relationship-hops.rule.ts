import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ASTVisitor,
} from "graphql";

/** Types whose list fields follow relationships in the graph: every kind of entity, and events. */
const isGraphNode = (type: GraphQLNamedType): boolean =>
  type.name === "Entity" ||
  type.name === "Event" ||
  (isObjectType(type) && type.getInterfaces().some((i) => i.name === "Entity"));

const isList = (field: GraphQLField<unknown, unknown>): boolean => {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isListType(type);
};

/**
 * Whether a field follows a relationship: a list of objects on an entity or an event (`owners`, `competitors`,
 * `relationships`, `events`, `participants`, `concerns`, ...). A connection's `edges` and `node`, a
 * relationship item's far end (`owner`) and `citations` are not hops.
 */
export function isHop(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): boolean {
  const target = getNamedType(field.type);
  return (
    isGraphNode(parent) &&
    isList(field) &&
    (isObjectType(target) || isInterfaceType(target)) &&
    target.name !== "Citation"
  );
}

/** Field nesting below which the rule looks no further (graphql-armor's depth rule reports such documents). */
const MAX_LEVELS = 256;

/**
 * A validation rule: an operation may follow at most `maxHops` relationships below any root field (each hop is a
 * level of the one statement the translator makes). Fragments are followed where they are spread, each worked
 * out once (a fan-out of spreads costs one visit per fragment); a count past the limit stops the walk.
 */
export function relationshipHopsRule(maxHops: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    }
    const schema = context.getSchema();
    const byFragment = new Map<string, number>();
    const visiting = new Set<string>();

    /** The most hops below `set` (on `type`), counted up to maxHops + 1. */
    const below = (
      set: SelectionSetNode | undefined,
      type: GraphQLCompositeType | undefined,
      level: number,
    ): number => {
      if (!set || !type || level > MAX_LEVELS) return 0;
      let most = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (!("getFields" in type)) continue;
          const field = type.getFields()[sel.name.value];
          if (!field) continue;
          const next = getNamedType(field.type);
          const inner = isObjectType(next) || isInterfaceType(next) ? next : undefined;
          const hop = isHop(type, field) ? 1 : 0;
          most = Math.max(most, hop + below(sel.selectionSet, inner, level + 1));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
          most = Math.max(most, below(sel.selectionSet, on as GraphQLCompositeType, level + 1));
        } else {
          const name = sel.name.value;
          const fragment = fragments.get(name);
          // A cycle is NoFragmentCyclesRule's to report.
          if (!fragment || visiting.has(name)) continue;
          let hops = byFragment.get(name);
          if (hops === undefined) {
            visiting.add(name);
            const on = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType;
            hops = below(fragment.selectionSet, on, level + 1);
            visiting.delete(name);
            byFragment.set(name, hops);
          }
          most = Math.max(most, hops);
        }
        if (most > maxHops) return most;
      }
      return most;
    };

    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === "query"
            ? schema.getQueryType()
            : operation.operation === "mutation"
              ? schema.getMutationType()
              : schema.getSubscriptionType();
        if (!root) return;
        // Root fields are not hops (each runs its own statement); fragments spread at the root are followed too.
        if (below(operation.selectionSet, root, 0) > maxHops) {
          context.reportError(
            new GraphQLError(
              `Relationship hop limit of ${maxHops} exceeded: follow at most ${maxHops} relationship fields ` +
                "(owners, holdings, competitors, events, participants, ...) below a root field.",
              { nodes: [operation] },
            ),
          );
        }
      },
    };
  };
}
