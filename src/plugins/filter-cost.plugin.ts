import type { ApolloServerPlugin } from "@apollo/server";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import {
  getArgumentValues,
  GraphQLError,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";
import type { RequestContext } from "../context";

/** What a filter adds to the cost: each condition or nested input, and each relationship quantifier (a subquery per candidate). */
export const FILTER_COST = { condition: 1, quantifier: 10 } as const;
const QUANTIFIERS = new Set(["some", "none", "all", "single", "count"]);

/** The cost of one `where` value: its conditions and nested inputs, its quantifiers weighted. */
export function filterCost(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, x) => sum + filterCost(x), 0);
  if (value === null || typeof value !== "object") return FILTER_COST.condition;
  let cost = 0;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    cost += QUANTIFIERS.has(key) ? FILTER_COST.quantifier + filterCost(v) : filterCost(v);
  }
  return Math.max(cost, FILTER_COST.condition);
}

/** The cost of an `orderBy` value: each key a condition, each aggregate of a relationship list a quantifier. */
export function orderCost(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  return value.reduce<number>((sum, key) => {
    const aggregate = Object.values(key ?? {}).some((v) => v !== null && typeof v === "object");
    return sum + (aggregate ? FILTER_COST.quantifier : FILTER_COST.condition);
  }, 0);
}

/** How deep the request's variables may nest: deeper values would exhaust the stack of graphql-js's coercion. */
export const MAX_VARIABLES_DEPTH = 64;

/** Whether `value` nests deeper than `limit` levels of objects and lists (iterative: no recursion to exhaust). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** graphql-armor's cost of each document (its selections; filters are not in it), kept per parsed document. */
const selectionCosts = new WeakMap<DocumentNode, number>();
function selectionCost(schema: GraphQLSchema, document: DocumentNode): number {
  let cost = selectionCosts.get(document);
  if (cost === undefined) {
    let found = 0;
    validate(schema, document, [
      costLimitRule({ maxCost: Number.MAX_SAFE_INTEGER, onAccept: [(_, { n }) => (found += n)] }),
    ]);
    selectionCosts.set(document, (cost = found));
  }
  return cost;
}

/** Whether a document passes any `where` or `orderBy` argument, kept per parsed document. */
const withFilters = new WeakMap<DocumentNode, boolean>();
function hasFilters(document: DocumentNode): boolean {
  let found = withFilters.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Argument(node) {
        if (node.name.value === "where" || node.name.value === "orderBy") found = true;
      },
    });
    withFilters.set(document, found);
  }
  return found;
}

/** The cost of every `where` and `orderBy` argument in the operation, with the request's variables. */
function filtersCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): number {
  const typeInfo = new TypeInfo(schema);
  let cost = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const definition = typeInfo.getFieldDef();
        const named = (name: string) => node.arguments?.some((a) => a.name.value === name);
        if (!definition || !(named("where") || named("orderBy"))) return;
        try {
          const args = getArgumentValues(definition, node, variables);
          if (args.where !== undefined && args.where !== null) cost += filterCost(args.where);
          cost += orderCost(args.orderBy);
        } catch {
          // Variables that do not fit their types: execution refuses them with their own error.
        }
      },
    }),
  );
  return cost;
}

/**
 * Refuses variables nested deeper than MAX_VARIABLES_DEPTH (filters are bounded to far less), and counts `where`
 * filters and `orderBy` keys toward the cost limit (MAX_COST), with their variables: graphql-armor's validation rule
 * sees only the document, so it counts the selections; this adds the filters once the variables are known and
 * refuses the operation before anything runs when the sum is over the limit.
 */
export function filterCostPlugin(maxCost: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          if (nestsDeeperThan(request.variables, MAX_VARIABLES_DEPTH)) {
            // Before execution: a GraphQLError with its HTTP status (a plugin's other errors answer 500).
            throw new GraphQLError(`variables: nest deeper than ${MAX_VARIABLES_DEPTH} levels`, {
              extensions: { code: "BAD_USER_INPUT", field: "variables", http: { status: 400 } },
            });
          }
          if (!hasFilters(document)) return;
          const filters = filtersCost(schema, document, request.variables ?? {});
          if (filters === 0) return;
          const total = selectionCost(schema, document) + filters;
          if (total > maxCost) {
            throw new GraphQLError(
              `Query Cost limit of ${maxCost} exceeded, found ${total} (filters ${filters}).`,
              { extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
