import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { getEntity, listEntities, searchEntities } from "../domain/entity.store";
import { EntityConnection, SearchHit } from "../schema/connection.type";
import { EntitiesArgs, EntityArgs, SearchArgs } from "../schema/entity.args";
import { Entity } from "../schema/entity.type";
import { planFor, selects } from "./selection-plan";

/** The root fields below read the relationship fields selected on their entities in the same statement. */
const along = (ctx: RequestContext, info: GraphQLResolveInfo, path: string[]) => ({
  loaders: ctx.loaders,
  ...planFor(info, path),
});

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
    return getEntity(ctx.db, ctx.rates, along(ctx, info, []), id);
  }

  @Query(() => EntityConnection, {
    description: "Entities ordered by id, optionally of one kind, as a Relay connection.",
  })
  entities(
    @Args(() => EntitiesArgs) a: EntitiesArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return listEntities(ctx.db, ctx.rates, along(ctx, info, ["edges", "node"]), {
      kind: a.kind ?? null,
      first: a.first,
      after: a.after ?? null,
      withTotal: selects(info, "totalCount"),
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
    return searchEntities(ctx.db, ctx.rates, along(ctx, info, ["entity"]), a.text, a.first);
  }
}
