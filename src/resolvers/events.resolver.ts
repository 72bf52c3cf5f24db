import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { listEvents } from "../domain/events.store";
import { EventConnection } from "../schema/connection.type";
import { EventsArgs } from "../schema/entity.args";

@Resolver()
export class EventsResolver {
  @Query(() => EventConnection, {
    description:
      "Events, kept by a `where` filter, by id or in the order `orderBy` asks, as a Relay connection with aggregates.",
  })
  events(
    @Args(() => EventsArgs) a: EventsArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return listEvents(
      ctx.db,
      info,
      { where: a.where ?? null, orderBy: a.orderBy ?? null },
      a.first,
      a.after ?? null,
    );
  }
}
