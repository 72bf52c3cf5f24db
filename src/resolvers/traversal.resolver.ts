import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import {
  expandNeighborhood,
  findPaths,
  findShortestPath,
  getSubgraph,
} from "../domain/traversal.store";
import { Graph, Path } from "../schema/graph.type";
import {
  NeighborhoodArgs,
  PathsArgs,
  ShortestPathArgs,
  SubgraphArgs,
} from "../schema/traversal.args";

@Resolver()
export class TraversalResolver {
  @Query(() => Graph, {
    description:
      "Entities and events within `depth` hops of an entity, and the relationships among them.",
  })
  neighborhood(@Args(() => NeighborhoodArgs) a: NeighborhoodArgs, @Ctx() ctx: RequestContext) {
    return expandNeighborhood(ctx.db, {
      id: a.id,
      depth: a.depth,
      types: a.types?.length ? a.types : null,
      direction: a.direction,
      asOf: a.asOf ?? null,
      limit: a.limit,
    });
  }

  @Query(() => Graph, {
    description:
      "The given entities, what lies within `depth` hops of them, and the relationships among all these.",
  })
  subgraph(@Args(() => SubgraphArgs) a: SubgraphArgs, @Ctx() ctx: RequestContext) {
    return getSubgraph(ctx.db, a.ids, a.depth, a.limit);
  }

  @Query(() => Path, {
    nullable: true,
    description:
      "A shortest path between two entities ignoring direction; null when none within maxDepth.",
  })
  shortestPath(@Args(() => ShortestPathArgs) a: ShortestPathArgs, @Ctx() ctx: RequestContext) {
    return findShortestPath(ctx.db, {
      from: a.from,
      to: a.to,
      types: a.types?.length ? a.types : null,
      maxDepth: a.maxDepth,
    });
  }

  @Query(() => [Path], {
    description:
      "Paths without repeated nodes between two entities, shortest first, ignoring direction.",
  })
  paths(@Args(() => PathsArgs) a: PathsArgs, @Ctx() ctx: RequestContext) {
    return findPaths(
      ctx.db,
      { from: a.from, to: a.to, types: a.types?.length ? a.types : null, maxDepth: a.maxDepth },
      a.first,
    );
  }
}
