import type {
  GatewayExecutor,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from "@apollo/server-gateway-interface";
import {
  execute,
  getNamedType,
  getVariableValues,
  isInputObjectType,
  typeFromAST,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { LRUCache } from "lru-cache";

/** Operations kept compiled (the least recently used go first). */
const MAX_COMPILED = 500;

/** An operation seen once, or for good run by graphql-js ("interpreted"), or compiled. */
type Entry = "seen" | "interpreted" | CompiledQuery;

export type ExecutionMode = "compiled" | "interpreted";

/** Whether an input type refers back to itself (the `where` filters do): its fields never run out. */
function recursive(
  type: GraphQLInputObjectType,
  path = new Set<GraphQLInputObjectType>(),
): boolean {
  if (path.has(type)) return true;
  path.add(type);
  const found = Object.values(type.getFields()).some((field) => {
    const named = getNamedType(field.type);
    return isInputObjectType(named) && recursive(named, path);
  });
  path.delete(type);
  return found;
}

/**
 * graphql-jit writes out the parsing of every variable's input type in full, field by field, so a recursive
 * input type (a `where` filter) makes code without end; such operations stay on graphql-js.
 */
function compilable(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).every((definition) => {
    const named = getNamedType(typeFromAST(schema, definition.type));
    return !isInputObjectType(named) || !recursive(named);
  });
}

/**
 * Queries and mutations run as compiled JavaScript (graphql-jit) instead of graphql-js's interpreter once the
 * same operation text comes a second time: the same resolvers and answers, with less work per field
 * (bench/results/decisions.md, "compiled execution"). A one-off operation (a random filter, an abusive document)
 * runs on graphql-js and is never compiled, nor is one with a filter variable (`compilable`), and at most
 * MAX_COMPILED operations stay compiled. Variables are coerced by graphql-js first, so a bad variable gets
 * graphql-js's error, which Apollo answers with HTTP 400 as before. Wired in through Apollo's executor hook, the
 * `gateway` option; the schema never changes while the server runs. Subscriptions keep graphql-js (graphql-ws
 * executes them). `counted` hears how each operation ran (the `graphql_executions_total` metric).
 */
export function compiledExecution(
  schema: GraphQLSchema,
  counted: (mode: ExecutionMode) => void = () => undefined,
): GatewayInterface {
  const operations = new LRUCache<string, Entry>({ max: MAX_COMPILED });
  const executor: GatewayExecutor = async (ctx) => {
    const key = `${ctx.operationName ?? ""}\n${ctx.source}`;
    let entry = operations.get(key);
    if (entry === "seen") {
      const compiled = compilable(schema, ctx.operation)
        ? compileQuery(schema, ctx.document, ctx.operationName ?? undefined)
        : undefined;
      entry = compiled && isCompiledQuery(compiled) ? compiled : "interpreted";
      operations.set(key, entry);
    } else if (entry === undefined) {
      operations.set(key, "seen");
    }
    if (typeof entry !== "object") {
      counted("interpreted");
      return execute({
        schema,
        document: ctx.document,
        contextValue: ctx.context,
        variableValues: ctx.request.variables,
        operationName: ctx.operationName,
      });
    }
    counted("compiled");
    const coerced = getVariableValues(
      schema,
      ctx.operation.variableDefinitions ?? [],
      ctx.request.variables ?? {},
      { maxErrors: 50 },
    );
    if (coerced.errors) return { errors: coerced.errors };
    return entry.query(undefined, ctx.context, coerced.coerced);
  };
  return {
    onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => undefined;
    },
    async load() {
      return { schema, executor };
    },
    async stop() {},
  };
}
