import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { getEntityKnownAt } from "../changes/known-at.store";
import { getEntity, listEntities, searchEntities } from "../domain/entity.store";
import { EntityAtArgs } from "../schema/change.args";
import { EntityConnection, SearchHit } from "../schema/connection.type";
import { EntitiesArgs, SearchArgs } from "../schema/entity.args";
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
    description:
      "One entity by id, or as the graph recorded it at `knownAt` (its own fields; relationship fields read the graph as stored now). Errors with NOT_FOUND when there is none.",
  })
  entity(
    @Args(() => EntityAtArgs) { id, knownAt }: EntityAtArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    if (knownAt) return getEntityKnownAt(ctx.db, ctx.rates, id, knownAt);
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
