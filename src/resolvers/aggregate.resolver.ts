import type { GraphQLResolveInfo } from "graphql";
import { Args, FieldResolver, Info, Resolver, Root } from "type-graphql";
import {
  EntityGroupByArgs,
  EventGroupByArgs,
  RelationshipGroupByArgs,
} from "../schema/aggregate.args";
import {
  EntityAggregate,
  EntityGroup,
  EventAggregate,
  EventGroup,
  RelationshipAggregate,
  RelationshipGroup,
} from "../schema/aggregate.type";
import { projected } from "../translate/projection-key";
import type { Shaped } from "../translate/shaped";

/** Aggregates with arguments: the connection's statement has read them (src/translate/aggregate.projection.ts). */
@Resolver(() => EntityAggregate)
export class AggregateResolver {
  @FieldResolver(() => [EntityGroup], {
    description:
      "The entities in groups by the keys given (e.g. `[KIND, COUNTRY]`): one group per combination found, largest first.",
  })
  groupBy(
    @Root() aggregate: Shaped,
    @Args(() => EntityGroupByArgs) _: EntityGroupByArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(aggregate, info);
  }
}

@Resolver(() => RelationshipAggregate)
export class RelationshipAggregateResolver {
  @FieldResolver(() => [RelationshipGroup], {
    description:
      "The relationships in groups by the keys given (e.g. `[TYPE]`, `[FROM, CONSOLIDATION]`): one group per combination found, largest first.",
  })
  groupBy(
    @Root() aggregate: Shaped,
    @Args(() => RelationshipGroupByArgs) _: RelationshipGroupByArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(aggregate, info);
  }
}

@Resolver(() => EventAggregate)
export class EventAggregateResolver {
  @FieldResolver(() => [EventGroup], {
    description:
      "The events in groups by the keys given (e.g. `[YEAR]`, `[KIND, ROLE]`): one group per combination found, largest first.",
  })
  groupBy(
    @Root() aggregate: Shaped,
    @Args(() => EventGroupByArgs) _: EventGroupByArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return projected(aggregate, info);
  }
}
