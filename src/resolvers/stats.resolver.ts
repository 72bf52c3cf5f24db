import { Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { getStats } from "../domain/stats.store";
import { Stats } from "../schema/stats.type";

@Resolver()
export class StatsResolver {
  @Query(() => Stats, {
    description: "Counts of nodes per label and relationships per type, read from Neo4j.",
  })
  stats(@Ctx() ctx: RequestContext): Promise<Stats> {
    return getStats(ctx.db);
  }
}
