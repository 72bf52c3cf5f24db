import type { GraphQLResolveInfo } from "graphql";
import { Args, FieldResolver, Info, Resolver, Root } from "type-graphql";
import {
  EventListAggregate,
  ListAggregate,
  OwnershipAggregate,
  SupplyAggregate,
} from "../schema/aggregate.type";
import { Entity, FinancialFigure, RiskFactor } from "../schema/entity.type";
import { Event } from "../schema/event.type";
import { Competition, Ownership, Position, Relationship, Supply } from "../schema/relation.type";
import {
  CompetitorAggregateArgs,
  EntityListAggregateArgs,
  EventsAggregateArgs,
  OwnershipAggregateArgs,
  PositionAggregateArgs,
  RelationshipsAggregateArgs,
  SupplyAggregateArgs,
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

  @FieldResolver(() => OwnershipAggregate, {
    description:
      "Aggregates of `owners` over every item its arguments keep (no `first`): the number of its owners and aggregates of their stakes.",
  })
  ownersAggregate(
    @Root() e: Shaped,
    @Args(() => OwnershipAggregateArgs) _: OwnershipAggregateArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => OwnershipAggregate, {
    description:
      "Aggregates of `holdings` over every item its arguments keep (no `first`): the number of its holdings and aggregates of their stakes.",
  })
  holdingsAggregate(
    @Root() e: Shaped,
    @Args(() => OwnershipAggregateArgs) _: OwnershipAggregateArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => ListAggregate, {
    description:
      "Aggregates of `competitors` over every item its arguments keep (no `first`): the number of its competitors.",
  })
  competitorsAggregate(
    @Root() e: Shaped,
    @Args(() => CompetitorAggregateArgs) _: CompetitorAggregateArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => SupplyAggregate, {
    description:
      "Aggregates of `suppliers` over every item its arguments keep (no `first`): the number of its suppliers and aggregates of their cost shares.",
  })
  suppliersAggregate(
    @Root() e: Shaped,
    @Args(() => SupplyAggregateArgs) _: SupplyAggregateArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => SupplyAggregate, {
    description:
      "Aggregates of `customers` over every item its arguments keep (no `first`): the number of its customers and aggregates of their cost shares.",
  })
  customersAggregate(
    @Root() e: Shaped,
    @Args(() => SupplyAggregateArgs) _: SupplyAggregateArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => ListAggregate, {
    description:
      "Aggregates of `officers` over every item its arguments keep (no `first`): the number of its officers.",
  })
  officersAggregate(
    @Root() e: Shaped,
    @Args(() => PositionAggregateArgs) _: PositionAggregateArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => ListAggregate, {
    description:
      "Aggregates of `positions` over every item its arguments keep (no `first`): the number of positions it holds.",
  })
  positionsAggregate(
    @Root() e: Shaped,
    @Args(() => PositionAggregateArgs) _: PositionAggregateArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => ListAggregate, {
    description:
      "Aggregates of `riskFactors` over every item its arguments keep (no `first`): the number of risk factors that concern it.",
  })
  riskFactorsAggregate(
    @Root() e: Shaped,
    @Args(() => EntityListAggregateArgs) _: EntityListAggregateArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => ListAggregate, {
    description:
      "Aggregates of `figures` over every item its arguments keep (no `first`): the number of its financial figures.",
  })
  figuresAggregate(
    @Root() e: Shaped,
    @Args(() => EntityListAggregateArgs) _: EntityListAggregateArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => ListAggregate, {
    description:
      "Aggregates of `relationships` over every item its arguments keep (no `first`): the number of its relationships.",
  })
  relationshipsAggregate(
    @Root() e: Shaped,
    @Args(() => RelationshipsAggregateArgs) _: RelationshipsAggregateArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }

  @FieldResolver(() => EventListAggregate, {
    description:
      "Aggregates of `events` over every event its arguments keep (no `first`): how many, and aggregates of their stakes.",
  })
  eventsAggregate(
    @Root() e: Shaped,
    @Args(() => EventsAggregateArgs) _: EventsAggregateArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(e, info);
  }
}
