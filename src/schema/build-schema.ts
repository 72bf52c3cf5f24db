import { NodeResolver } from "../resolvers/node.resolver";
import { EventsResolver } from "../resolvers/events.resolver";
import {
  AggregateResolver,
  EventAggregateResolver,
  RelationshipAggregateResolver,
} from "../resolvers/aggregate.resolver";
import "reflect-metadata";
import { isAbstractType, type GraphQLSchema, type GraphQLTypeResolver } from "graphql";
import { buildSchema, buildSchemaSync, type BuildSchemaOptions } from "type-graphql";
import { EntityFieldsResolver } from "../resolvers/entity-fields.resolver";
import { EntityResolver } from "../resolvers/entity.resolver";
import {
  ChangeSubscriptionResolver,
  ChangesResolver,
  EntityHistoryResolver,
  EventHistoryResolver,
  RelationshipHistoryResolver,
} from "../resolvers/changes.resolver";
import { authChecker } from "../auth/auth-checker";
import { NO_PUBSUB } from "../changes/no-pubsub";
import { MutationResolver } from "../resolvers/mutation.resolver";
import { MoneyResolver } from "../resolvers/money.resolver";
import { OwnershipResolver } from "../resolvers/ownership.resolver";
import { RelationsResolver } from "../resolvers/relations.resolver";
import { StatsResolver } from "../resolvers/stats.resolver";
import {
  CitationSourceResolver,
  DocumentResolver,
  SentenceFieldsResolver,
} from "../resolvers/document.resolver";
import { TraversalResolver } from "../resolvers/traversal.resolver";
import { MoneyFieldsResolver, RelationshipFieldsResolver } from "../resolvers/value-fields.resolver";
import { ENTITY_TYPES, entityTypeName } from "./entity.type";
import { nodeTypeName } from "./node.type";
import { memoisedValidation } from "./validate-args";

/**
 * The API's schema, built from the TypeGraphQL classes (emitted to schema/schema.graphql).
 *
 * Every @ObjectType says `simpleResolvers: true`: its plain fields are read by graphql-js's default resolver instead
 * of a TypeGraphQL wrapper per field (an object and a middleware dispatch for every field of every object). That
 * holds while no plain field has middlewares or @Authorized roles (none has; access is checked per operation by
 * the auth plugin). Field resolvers (@FieldResolver) keep their own. Why, measured: bench/results/decisions.md.
 */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  return synchronousTypeResolvers(await buildSchema(options()));
}

/** The same schema built synchronously (for tools that translate operations without a server: the bench). */
export function buildApiSchemaSync(): GraphQLSchema {
  return synchronousTypeResolvers(buildSchemaSync(options()));
}

/** Each abstract type's own (synchronous) type resolver, by name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- values of any shape reach a type resolver
const TYPE_RESOLVERS: Record<string, GraphQLTypeResolver<any, unknown>> = {
  Entity: entityTypeName,
  Node: nodeTypeName,
};

/**
 * TypeGraphQL wraps every `resolveType` in an async function: one more promise per abstract value, and compiled
 * execution (src/http/compiled-execution.ts) takes the promise for the type. Ours are synchronous; put them back.
 */
function synchronousTypeResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || type.name.startsWith("__")) continue;
    const resolver = TYPE_RESOLVERS[type.name];
    if (!resolver) throw new Error(`No synchronous type resolver for the abstract type ${type.name}`);
    type.resolveType = resolver;
  }
  return schema;
}

function options(): BuildSchemaOptions {
  return {
    resolvers: [
      StatsResolver,
      EntityResolver,
      NodeResolver,
      EventsResolver,
      EntityFieldsResolver,
      AggregateResolver,
      RelationshipAggregateResolver,
      EventAggregateResolver,
      MoneyFieldsResolver,
      RelationshipFieldsResolver,
      RelationsResolver,
      TraversalResolver,
      OwnershipResolver,
      MoneyResolver,
      MutationResolver,
      DocumentResolver,
      SentenceFieldsResolver,
      CitationSourceResolver,
      ChangesResolver,
      ChangeSubscriptionResolver,
      EntityHistoryResolver,
      RelationshipHistoryResolver,
      EventHistoryResolver,
    ],
    authChecker,
    pubSub: NO_PUBSUB,
    orphanedTypes: [...ENTITY_TYPES],
    // class-validator on every argument class, remembering small arguments that passed (see validate-args.ts).
    validateFn: memoisedValidation({ forbidUnknownValues: false }),
  };
}
