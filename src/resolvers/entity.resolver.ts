import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { getEntity, listEntities, searchEntities } from "../domain/entity.store";
import { EntityConnection, SearchHit } from "../schema/connection.type";
import { EntitiesArgs, EntityArgs, SearchArgs } from "../schema/entity.args";
import { Entity } from "../schema/entity.type";

@Resolver()
export class EntityResolver {
  @Query(() => Entity, {
    description: "One entity by id. Errors with NOT_FOUND when there is none.",
  })
  entity(
    @Args(() => EntityArgs) { id }: EntityArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return getEntity(ctx.db, info, id);
  }

  @Query(() => EntityConnection, {
    description: "Entities ordered by id, optionally of one kind, as a Relay connection.",
  })
  entities(
    @Args(() => EntitiesArgs) a: EntitiesArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return listEntities(ctx.db, info, {
      kind: a.kind ?? null,
      first: a.first,
      after: a.after ?? null,
    });
  }

  @Query(() => [SearchHit], {
    description: "Full-text search over names, short names and aliases, best match first.",
  })
  search(
    @Args(() => SearchArgs) a: SearchArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return searchEntities(ctx.db, info, a.text, a.first);
  }
}
