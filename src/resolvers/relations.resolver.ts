import { BadUserInputError } from "../errors";
import { selects } from "../domain/entity.store";
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { listRelationshipsKnownAt } from "../changes/known-at.store";
import {
  competitorsStatement,
  customersStatement,
  listWhole,
  suppliersStatement,
} from "../domain/relations.store";
import { listRelationships, relationshipFilter } from "../domain/relationships.store";
import { listRiskFactors } from "../domain/risk.store";
import { getTimeline } from "../domain/timeline.store";
import { RelationshipsAtArgs } from "../schema/change.args";
import { RelationshipConnection } from "../schema/connection.type";
import { EntityArgs } from "../schema/entity.args";
import { RiskFactor } from "../schema/entity.type";
import { Event } from "../schema/event.type";
import { Competition, Supply } from "../schema/relation.type";
import { CompetitorsArgs, RiskFactorsArgs, TimelineArgs } from "../schema/relations.args";

@Resolver()
export class RelationsResolver {
  @Query(() => RelationshipConnection, {
    description:
      "Relationships filtered by type, endpoints and validity date (`asOf`, world time), as a Relay connection; with `knownAt` (record time) as the graph recorded them then.",
  })
  relationships(
    @Args(() => RelationshipsAtArgs) a: RelationshipsAtArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    const filter = relationshipFilter(a);
    const query = { where: a.where ?? null, orderBy: a.orderBy ?? null };
    if (a.knownAt) {
      if (query.where || query.orderBy?.length || selects(info, "aggregate")) {
        throw new BadUserInputError(
          "knownAt",
          "cannot be combined with where, orderBy or aggregate",
        );
      }
      return listRelationshipsKnownAt(ctx.db, filter, a.first, a.after ?? null, a.knownAt);
    }
    return listRelationships(ctx.db, info, filter, query, a.first, a.after ?? null);
  }

  @Query(() => [Competition], {
    description: "Whom an entity competes with, optionally in one segment.",
  })
  competitors(
    @Args(() => CompetitorsArgs) a: CompetitorsArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return listWhole(ctx.db, competitorsStatement(info), a.id);
  }

  @Query(() => [Supply], {
    description: "Who supplies an entity, with what and the cost share, largest first.",
  })
  suppliers(
    @Args(() => EntityArgs) a: EntityArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return listWhole(ctx.db, suppliersStatement(info), a.id);
  }

  @Query(() => [Supply], {
    description: "Whom an entity supplies, with what and the cost share, largest first.",
  })
  customers(
    @Args(() => EntityArgs) a: EntityArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return listWhole(ctx.db, customersStatement(info), a.id);
  }

  @Query(() => [Event], {
    description: "Events in date order (undated last) with participants, roles and amounts.",
  })
  timeline(
    @Args(() => TimelineArgs) a: TimelineArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return getTimeline(
      ctx.db,
      info,
      {
        entityId: a.entityId ?? null,
        from: a.from ?? null,
        to: a.to ?? null,
        kinds: a.kinds?.length ? a.kinds : null,
        first: a.first,
      },
      { where: a.where ?? null, orderBy: a.orderBy ?? null },
    );
  }

  @Query(() => [RiskFactor], {
    description:
      "The risk factors of Item 3.D in source order, optionally those concerning one entity.",
  })
  riskFactors(
    @Args(() => RiskFactorsArgs) a: RiskFactorsArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return listRiskFactors(ctx.db, info, a.concerning ?? null);
  }
}
