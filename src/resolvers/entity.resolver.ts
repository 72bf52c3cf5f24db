import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { getEntity } from "../domain/entity.store";
import type { EntityRecord } from "../domain/records";
import { EntityArgs } from "../schema/entity.args";
import { Entity } from "../schema/entity.type";

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { description: "One entity by id. Errors with NOT_FOUND when there is none." })
  entity(@Args(() => EntityArgs) { id }: EntityArgs, @Ctx() ctx: RequestContext): Promise<EntityRecord> {
    return getEntity(ctx.db, ctx.rates, id);
  }
}
