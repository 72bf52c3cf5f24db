import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { EntityResolver } from "../resolvers/entity.resolver";
import { StatsResolver } from "../resolvers/stats.resolver";
import { ENTITY_TYPES } from "./entity.type";

/** The API's schema, built from the TypeGraphQL classes (emitted to schema/schema.graphql). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [StatsResolver, EntityResolver],
    orphanedTypes: [...ENTITY_TYPES],
    validate: { forbidUnknownValues: false },
  });
}
