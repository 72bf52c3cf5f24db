import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { getEntityKnownAt } from "../changes/known-at.store";
import { getEntity, listEntities, searchEntities } from "../domain/entity.store";
import { EntityAtArgs } from "../schema/change.args";
import { EntityConnection, SearchHit } from "../schema/connection.type";
import { EntitiesArgs, SearchArgs } from "../schema/entity.args";
import { Entity } from "../schema/entity.type";

@Resolver()
export class EntityResolver {
  @Query(() => Entity, {
    description:
      "One entity by id, or as the graph recorded it at `knownAt` (its own fields only: relationship fields are refused with `knownAt`; read them with `relationships(knownAt:)`). Errors with NOT_FOUND when there is none.",
  })
  entity(
    @Args(() => EntityAtArgs) { id, knownAt }: EntityAtArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    if (knownAt) return getEntityKnownAt(ctx.db, info, id, knownAt);
    return getEntity(ctx.db, info, id);
  }

  @Query(() => EntityConnection, {
    description:
      "Entities, optionally of one kind and kept by a `where` filter, by id or in the order `orderBy` asks, as a Relay connection.",
  })
  entities(
    @Args(() => EntitiesArgs) a: EntitiesArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return listEntities(ctx.db, info, {
      kind: a.kind ?? null,
      where: a.where ?? null,
      orderBy: a.orderBy ?? null,
      first: a.first,
      after: a.after ?? null,
    });
  }

  @Query(() => [SearchHit], {
    description:
      "Full-text search over names, short names and aliases, best match first; `where` filters the hits.",
  })
  search(
    @Args(() => SearchArgs) a: SearchArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return searchEntities(ctx.db, info, a.text, a.first, a.where ?? null);
  }
}
