import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { EntityFields } from "../domain/entity-fields.store";
import type { EntityRecord } from "../domain/records";
import { Entity, FinancialFigure, RiskFactor } from "../schema/entity.type";
import { RelationshipType } from "../schema/enums";
import { Event } from "../schema/event.type";
import { Competition, Ownership, Position, Relationship, Supply } from "../schema/relation.type";
import {
  CompetitorFieldArgs,
  EventsFieldArgs,
  RelationFieldArgs,
  RelationshipsFieldArgs,
} from "../schema/relations.args";

const ALL_TYPES = Object.values(RelationshipType);
const fields = (ctx: RequestContext) => new EntityFields(ctx.loaders, ctx.rates);

/** Relationship fields of every entity; batched per request by the loaders. */
@Resolver(() => Entity)
export class EntityFieldsResolver {
  @FieldResolver(() => [Ownership], { description: "Who holds a stake in this entity (incoming OWNS)." })
  owners(@Root() e: EntityRecord, @Args(() => RelationFieldArgs) a: RelationFieldArgs, @Ctx() ctx: RequestContext) {
    return fields(ctx).ownerships(e, "IN", a.asOf ?? null, a.first);
  }

  @FieldResolver(() => [Ownership], { description: "Stakes this entity holds (outgoing OWNS)." })
  holdings(@Root() e: EntityRecord, @Args(() => RelationFieldArgs) a: RelationFieldArgs, @Ctx() ctx: RequestContext) {
    return fields(ctx).ownerships(e, "OUT", a.asOf ?? null, a.first);
  }

  @FieldResolver(() => [Competition], { description: "Whom this entity competes with, either direction." })
  competitors(@Root() e: EntityRecord, @Args(() => CompetitorFieldArgs) a: CompetitorFieldArgs, @Ctx() ctx: RequestContext) {
    return fields(ctx).competitors(e, a.segment ?? null, a.first);
  }

  @FieldResolver(() => [Supply], { description: "Who supplies this entity (incoming SUPPLIES)." })
  suppliers(@Root() e: EntityRecord, @Args(() => RelationFieldArgs) a: RelationFieldArgs, @Ctx() ctx: RequestContext) {
    return fields(ctx).supplies(e, "IN", a.asOf ?? null, a.first);
  }

  @FieldResolver(() => [Supply], { description: "Whom this entity supplies (outgoing SUPPLIES)." })
  customers(@Root() e: EntityRecord, @Args(() => RelationFieldArgs) a: RelationFieldArgs, @Ctx() ctx: RequestContext) {
    return fields(ctx).supplies(e, "OUT", a.asOf ?? null, a.first);
  }

  @FieldResolver(() => [Position], { description: "People holding positions at this entity (incoming HOLDS_POSITION)." })
  officers(@Root() e: EntityRecord, @Args(() => RelationFieldArgs) a: RelationFieldArgs, @Ctx() ctx: RequestContext) {
    return fields(ctx).positions(e, "IN", a.asOf ?? null, a.first);
  }

  @FieldResolver(() => [Position], { description: "Positions this person holds (outgoing HOLDS_POSITION)." })
  positions(@Root() e: EntityRecord, @Args(() => RelationFieldArgs) a: RelationFieldArgs, @Ctx() ctx: RequestContext) {
    return fields(ctx).positions(e, "OUT", a.asOf ?? null, a.first);
  }

  @FieldResolver(() => [RiskFactor], { description: "Risk factors of Item 3.D that concern this entity." })
  riskFactors(@Root() e: EntityRecord, @Args(() => RelationFieldArgs) a: RelationFieldArgs, @Ctx() ctx: RequestContext) {
    return fields(ctx).neighbours(e, { types: ["CONCERNS"], direction: "IN", asOf: null, first: a.first });
  }

  @FieldResolver(() => [FinancialFigure], { description: "Financial figures the report states about this entity." })
  figures(@Root() e: EntityRecord, @Args(() => RelationFieldArgs) a: RelationFieldArgs, @Ctx() ctx: RequestContext) {
    return fields(ctx).neighbours(e, { types: ["HAS_FIGURE"], direction: "OUT", asOf: null, first: a.first });
  }

  @FieldResolver(() => [Relationship], { description: "Relationships of any (or the given) types, with properties and citations." })
  relationships(@Root() e: EntityRecord, @Args(() => RelationshipsFieldArgs) a: RelationshipsFieldArgs, @Ctx() ctx: RequestContext) {
    return fields(ctx).relationships(e, {
      types: a.types?.length ? a.types : ALL_TYPES,
      direction: a.direction,
      asOf: a.asOf ?? null,
      first: a.first,
    });
  }

  @FieldResolver(() => [Event], { description: "Events this entity takes part in, in date order (undated last)." })
  events(@Root() e: EntityRecord, @Args(() => EventsFieldArgs) a: EventsFieldArgs, @Ctx() ctx: RequestContext) {
    return fields(ctx).events(e, { kinds: a.kinds?.length ? a.kinds : null, first: a.first });
  }
}

/** The entities a risk factor concerns (already there when read through `riskFactors`). */
@Resolver(() => RiskFactor)
export class RiskFactorFieldsResolver {
  @FieldResolver(() => [Entity], { description: "Entities this risk factor concerns." })
  concerns(@Root() r: EntityRecord & { concerns?: EntityRecord[] }, @Ctx() ctx: RequestContext) {
    return r.concerns ?? fields(ctx).neighbours(r, { types: ["CONCERNS"], direction: "OUT", asOf: null, first: 100 });
  }
}
