import type { GraphQLResolveInfo } from "graphql";
import { Args, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { Entity, FinancialFigure, RiskFactor } from "../schema/entity.type";
import { Event } from "../schema/event.type";
import { Competition, Ownership, Position, Relationship, Supply } from "../schema/relation.type";
import {
  CompetitorFieldArgs,
  EntityListFieldArgs,
  EventsFieldArgs,
  OwnershipFieldArgs,
  PositionFieldArgs,
  RelationshipsFieldArgs,
  SupplyFieldArgs,
} from "../schema/relations.args";
import { projected } from "../translate/projection-key";
import type { Shaped } from "../translate/shaped";

/**
 * The relationship fields of every entity. The root query's statement has read them already, shaped like
 * the selection (src/translate/); each resolver hands on its value from the parent. The arguments are
 * declared here for the schema; the translator checks them with the same classes before reading.
 */
@Resolver(() => Entity)
export class EntityFieldsResolver {
  @FieldResolver(() => [Ownership], {
    description: "Who holds a stake in this entity (incoming OWNS), by owner name.",
  })
  owners(
    @Root() e: Shaped,
    @Args(() => OwnershipFieldArgs) _: OwnershipFieldArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => [Ownership], {
    description: "Stakes this entity holds (outgoing OWNS), by name of the company held.",
  })
  holdings(
    @Root() e: Shaped,
    @Args(() => OwnershipFieldArgs) _: OwnershipFieldArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => [Competition], {
    description: "Whom this entity competes with, either direction, by competitor name.",
  })
  competitors(
    @Root() e: Shaped,
    @Args(() => CompetitorFieldArgs) _: CompetitorFieldArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => [Supply], {
    description: "Who supplies this entity (incoming SUPPLIES), by supplier name.",
  })
  suppliers(
    @Root() e: Shaped,
    @Args(() => SupplyFieldArgs) _: SupplyFieldArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => [Supply], {
    description: "Whom this entity supplies (outgoing SUPPLIES), by customer name.",
  })
  customers(
    @Root() e: Shaped,
    @Args(() => SupplyFieldArgs) _: SupplyFieldArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => [Position], {
    description: "People holding positions at this entity (incoming HOLDS_POSITION), by name.",
  })
  officers(
    @Root() e: Shaped,
    @Args(() => PositionFieldArgs) _: PositionFieldArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => [Position], {
    description: "Positions this person holds (outgoing HOLDS_POSITION), by organization name.",
  })
  positions(
    @Root() e: Shaped,
    @Args(() => PositionFieldArgs) _: PositionFieldArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => [RiskFactor], {
    description:
      "Risk factors of Item 3.D that concern this entity, by heading (`asOf` does not apply).",
  })
  riskFactors(
    @Root() e: Shaped,
    @Args(() => EntityListFieldArgs) _: EntityListFieldArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => [FinancialFigure], {
    description:
      "Financial figures the report states about this entity, by name (`asOf` does not apply).",
  })
  figures(
    @Root() e: Shaped,
    @Args(() => EntityListFieldArgs) _: EntityListFieldArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => [Relationship], {
    description:
      "Relationships of any (or the given) types, with properties and citations; by type, then the other end's name.",
  })
  relationships(
    @Root() e: Shaped,
    @Args(() => RelationshipsFieldArgs) _: RelationshipsFieldArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => [Event], {
    description: "Events this entity takes part in, in date order (undated last).",
  })
  events(
    @Root() e: Shaped,
    @Args(() => EventsFieldArgs) _: EventsFieldArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }
}
