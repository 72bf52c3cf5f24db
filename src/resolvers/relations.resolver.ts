import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import {
  competitorsStatement,
  customersStatement,
  listWhole,
  suppliersStatement,
} from "../domain/relations.store";
import { listRelationships } from "../domain/relationships.store";
import { listRiskFactors } from "../domain/risk.store";
import { getTimeline } from "../domain/timeline.store";
import { RelationshipConnection } from "../schema/connection.type";
import { EntityArgs } from "../schema/entity.args";
import { RiskFactor } from "../schema/entity.type";
import { Event } from "../schema/event.type";
import { Competition, Supply } from "../schema/relation.type";
import {
  CompetitorsArgs,
  RelationshipsArgs,
  RiskFactorsArgs,
  TimelineArgs,
} from "../schema/relations.args";

@Resolver()
export class RelationsResolver {
  @Query(() => RelationshipConnection, {
    description:
      "Relationships filtered by type, endpoints and validity date, as a Relay connection.",
  })
  relationships(
    @Args(() => RelationshipsArgs) a: RelationshipsArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return listRelationships(
      ctx.db,
      info,
      {
        types: a.types?.length ? a.types : null,
        from: a.from ?? null,
        to: a.to ?? null,
        asOf: a.asOf ?? null,
      },
      a.first,
      a.after ?? null,
    );
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
    return getTimeline(ctx.db, info, {
      entityId: a.entityId ?? null,
      from: a.from ?? null,
      to: a.to ?? null,
      kinds: a.kinds?.length ? a.kinds : null,
      first: a.first,
    });
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
