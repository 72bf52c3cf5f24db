import {
  getArgumentValues,
  getOperationAST,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from "graphql";
import { getVariableValues } from "graphql/execution/values";
import type { RootInfo } from "./translate";

/**
 * What a resolver's info would hold for each root field of an operation, without executing it: for the
 * translator's snapshot tests, the EXPLAIN of example operations and the bench's bare server (the same
 * statements as the API, with no GraphQL execution). Variables are coerced as graphql-js does.
 */
export function rootInfos(
  schema: GraphQLSchema,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Array<RootInfo & { fieldName: string }> {
  const document = parse(query);
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new Error("No operation to translate");
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return operation.selectionSet.selections
    .filter((s): s is FieldNode => s.kind === Kind.FIELD)
    .map((field) => ({
      fieldName: field.name.value,
      fieldNodes: [field],
      fragments,
      variableValues: coerced.coerced,
      schema,
      path: {
        prev: undefined,
        key: field.alias?.value ?? field.name.value,
        typename: schema.getRootType(operation.operation)?.name,
      },
    }));
}

/** A root field's arguments as graphql-js gives them to its resolver (for reads made without executing). */
export function rootArguments(info: RootInfo): Record<string, unknown> {
  const [node] = info.fieldNodes;
  const root = info.schema.getQueryType()?.getFields()[node?.name.value ?? ""];
  return node && root ? getArgumentValues(root, node, info.variableValues) : {};
}

/** The `where` and `orderBy` arguments of a root field (null when not given). */
export function listArguments(info: RootInfo): {
  where: Record<string, unknown> | null;
  orderBy: Array<Record<string, unknown>> | null;
} {
  const a = rootArguments(info) as {
    where?: Record<string, unknown>;
    orderBy?: Array<Record<string, unknown>>;
  };
  return { where: a.where ?? null, orderBy: a.orderBy ?? null };
}
