import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { EntityFields } from "../domain/entity-fields.store";
import type { EntityRecord } from "../domain/records";
import type { RelationQuery } from "../domain/relations.loader";
import { Entity, FinancialFigure, RiskFactor } from "../schema/entity.type";
import { Event } from "../schema/event.type";
import { Competition, Ownership, Position, Relationship, Supply } from "../schema/relation.type";
import {
  CompetitorFieldArgs,
  EventsFieldArgs,
  RelationFieldArgs,
  RelationshipsFieldArgs,
} from "../schema/relations.args";
import type { RelationFieldArgValues, RelationFieldName } from "./relation-fields";
import { relationQuery } from "./selection-plan";

const fields = (ctx: RequestContext) => new EntityFields(ctx.loaders, ctx.rates);
/** Reads per selection: graphql-js hands every parent of a list the same fieldNodes array, so each is worked out once. */
const reads = new WeakMap<GraphQLResolveInfo["fieldNodes"], Map<string, RelationQuery>>();
function read(
  name: RelationFieldName,
  a: RelationFieldArgValues,
  info: GraphQLResolveInfo,
): RelationQuery {
  let byArgs = reads.get(info.fieldNodes);
  if (!byArgs) reads.set(info.fieldNodes, (byArgs = new Map()));
  const key = JSON.stringify(a);
  let query = byArgs.get(key);
  if (!query) byArgs.set(key, (query = relationQuery(name, a, info.fieldNodes, info)));
  return query;
}

/** Relationship fields of every entity; batched per request by the loaders. */
@Resolver(() => Entity)
export class EntityFieldsResolver {
  @FieldResolver(() => [Ownership], {
    description: "Who holds a stake in this entity (incoming OWNS).",
  })
  owners(
    @Root() e: EntityRecord,
    @Args(() => RelationFieldArgs) a: RelationFieldArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return fields(ctx).ownerships(e, read("owners", a, info));
  }

  @FieldResolver(() => [Ownership], { description: "Stakes this entity holds (outgoing OWNS)." })
  holdings(
    @Root() e: EntityRecord,
    @Args(() => RelationFieldArgs) a: RelationFieldArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return fields(ctx).ownerships(e, read("holdings", a, info));
  }

  @FieldResolver(() => [Competition], {
    description: "Whom this entity competes with, either direction.",
  })
  competitors(
    @Root() e: EntityRecord,
    @Args(() => CompetitorFieldArgs) a: CompetitorFieldArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return fields(ctx).competitors(e, read("competitors", a, info));
  }

  @FieldResolver(() => [Supply], { description: "Who supplies this entity (incoming SUPPLIES)." })
  suppliers(
    @Root() e: EntityRecord,
    @Args(() => RelationFieldArgs) a: RelationFieldArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return fields(ctx).supplies(e, read("suppliers", a, info));
  }

  @FieldResolver(() => [Supply], { description: "Whom this entity supplies (outgoing SUPPLIES)." })
  customers(
    @Root() e: EntityRecord,
    @Args(() => RelationFieldArgs) a: RelationFieldArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return fields(ctx).supplies(e, read("customers", a, info));
  }

  @FieldResolver(() => [Position], {
    description: "People holding positions at this entity (incoming HOLDS_POSITION).",
  })
  officers(
    @Root() e: EntityRecord,
    @Args(() => RelationFieldArgs) a: RelationFieldArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return fields(ctx).positions(e, read("officers", a, info));
  }

  @FieldResolver(() => [Position], {
    description: "Positions this person holds (outgoing HOLDS_POSITION).",
  })
  positions(
    @Root() e: EntityRecord,
    @Args(() => RelationFieldArgs) a: RelationFieldArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return fields(ctx).positions(e, read("positions", a, info));
  }

  @FieldResolver(() => [RiskFactor], {
    description: "Risk factors of Item 3.D that concern this entity.",
  })
  riskFactors(
    @Root() e: EntityRecord,
    @Args(() => RelationFieldArgs) a: RelationFieldArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return fields(ctx).neighbours(e, read("riskFactors", a, info));
  }

  @FieldResolver(() => [FinancialFigure], {
    description: "Financial figures the report states about this entity.",
  })
  figures(
    @Root() e: EntityRecord,
    @Args(() => RelationFieldArgs) a: RelationFieldArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return fields(ctx).neighbours(e, read("figures", a, info));
  }

  @FieldResolver(() => [Relationship], {
    description: "Relationships of any (or the given) types, with properties and citations.",
  })
  relationships(
    @Root() e: EntityRecord,
    @Args(() => RelationshipsFieldArgs) a: RelationshipsFieldArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ) {
    return fields(ctx).relationships(e, read("relationships", a, info));
  }

  @FieldResolver(() => [Event], {
    description: "Events this entity takes part in, in date order (undated last).",
  })
  events(
    @Root() e: EntityRecord,
    @Args(() => EventsFieldArgs) a: EventsFieldArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return fields(ctx).events(e, { kinds: a.kinds?.length ? a.kinds : null, first: a.first });
  }
}

/** The entities a risk factor concerns (already there when read through `riskFactors`). */
@Resolver(() => RiskFactor)
export class RiskFactorFieldsResolver {
  @FieldResolver(() => [Entity], { description: "Entities this risk factor concerns." })
  concerns(@Root() r: EntityRecord & { concerns?: EntityRecord[] }, @Ctx() ctx: RequestContext) {
    return (
      r.concerns ??
      fields(ctx).neighbours(r, {
        types: ["CONCERNS"],
        direction: "OUT",
        asOf: null,
        segment: null,
        first: 100,
        relKeys: [],
        otherKeys: null,
      })
    );
  }
}
