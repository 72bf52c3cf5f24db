import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { getNodes } from "../domain/node.store";
import { NodeArgs, NodesArgs } from "../schema/node.args";
import { Node } from "../schema/node.type";

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      "Whatever has this id (Relay refetching): an entity, event, relationship or exchange rate; null when nothing has it.",
  })
  async node(
    @Args(() => NodeArgs) { id }: NodeArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    const [found] = await getNodes(ctx.db, info, [id]);
    return found ?? null;
  }

  @Query(() => [Node], {
    nullable: "items",
    description: "Whatever has each id, in the order given; null for an id nothing has.",
  })
  nodes(
    @Args(() => NodesArgs) { ids }: NodesArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return getNodes(ctx.db, info, ids);
  }
}
