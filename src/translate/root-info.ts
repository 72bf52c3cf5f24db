import {
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
      path: { prev: undefined, key: field.alias?.value ?? field.name.value, typename: undefined },
    }));
}
