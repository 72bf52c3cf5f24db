import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { getCorporateGroup, ownershipChain } from "../domain/ownership.store";
import { OwnershipPath } from "../schema/graph.type";
import { CorporateGroup } from "../schema/group.type";
import { CorporateGroupArgs, OwnershipChainArgs } from "../schema/ownership.args";

@Resolver()
export class OwnershipResolver {
  @Query(() => [OwnershipPath], {
    description:
      "Who owns an entity (UP) or what it holds (DOWN), transitively; each path with its stakes and their product.",
  })
  ownershipChain(
    @Args(() => OwnershipChainArgs) a: OwnershipChainArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return ownershipChain(ctx.db, {
      id: a.id,
      direction: a.direction,
      maxDepth: a.maxDepth,
      asOf: a.asOf ?? null,
    });
  }

  @Query(() => CorporateGroup, {
    description:
      "The tree of holdings below an entity, with each member's stake and consolidation.",
  })
  corporateGroup(
    @Args(() => CorporateGroupArgs) a: CorporateGroupArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return getCorporateGroup(ctx.db, info, a.id, a.asOf ?? null);
  }
}
