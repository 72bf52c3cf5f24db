import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { getEntity, listEntities, searchEntities } from "../domain/entity.store";
import { EntityConnection, SearchHit } from "../schema/connection.type";
import { EntitiesArgs, EntityArgs, SearchArgs } from "../schema/entity.args";
import { Entity } from "../schema/entity.type";

@Resolver()
export class EntityResolver {
  @Query(() => Entity, { description: "One entity by id. Errors with NOT_FOUND when there is none." })
  entity(@Args(() => EntityArgs) { id }: EntityArgs, @Ctx() ctx: RequestContext) {
    return getEntity(ctx.db, ctx.rates, id);
  }

  @Query(() => EntityConnection, { description: "Entities ordered by id, optionally of one kind, as a Relay connection." })
  entities(@Args(() => EntitiesArgs) a: EntitiesArgs, @Ctx() ctx: RequestContext) {
    return listEntities(ctx.db, ctx.rates, a.kind ?? null, a.first, a.after ?? null);
  }

  @Query(() => [SearchHit], { description: "Full-text search over names, short names and aliases, best match first." })
  search(@Args(() => SearchArgs) a: SearchArgs, @Ctx() ctx: RequestContext) {
    return searchEntities(ctx.db, ctx.rates, a.text, a.first);
  }
}
