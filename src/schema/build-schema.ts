import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { EntityFieldsResolver, RiskFactorFieldsResolver } from "../resolvers/entity-fields.resolver";
import { EntityResolver } from "../resolvers/entity.resolver";
import { authChecker } from "../auth/auth-checker";
import { MutationResolver } from "../resolvers/mutation.resolver";
import { MoneyResolver } from "../resolvers/money.resolver";
import { OwnershipResolver } from "../resolvers/ownership.resolver";
import { RelationsResolver } from "../resolvers/relations.resolver";
import { StatsResolver } from "../resolvers/stats.resolver";
import { TraversalResolver } from "../resolvers/traversal.resolver";
import { ENTITY_TYPES } from "./entity.type";
import { memoisedValidation } from "./validate-args";

/** The API's schema, built from the TypeGraphQL classes (emitted to schema/schema.graphql). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      StatsResolver,
      EntityResolver,
      EntityFieldsResolver,
      RiskFactorFieldsResolver,
      RelationsResolver,
      TraversalResolver,
      OwnershipResolver,
      MoneyResolver,
      MutationResolver,
    ],
    authChecker,
    orphanedTypes: [...ENTITY_TYPES],
    // class-validator on every argument class, remembering small arguments that passed (see validate-args.ts).
    validateFn: memoisedValidation({ forbidUnknownValues: false }),
  });
}
