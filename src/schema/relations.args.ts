import { ArgsType, Field, ID, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from "class-validator";
import { Direction, EventKind, RelationshipType, Segment } from "./enums";
import { PageArgs } from "./entity.args";
import { EntitySort, EventSort, OwnershipSort, PositionSort, RelationshipSort, SupplySort } from "./sort.input";
import {
  CompetitionWhere,
  EntityWhere,
  EventWhere,
  OwnershipWhere,
  PositionWhere,
  RelationshipWhere,
  SupplyWhere,
} from "./where.input";
import { IsPartialDate, IsSlug } from "./validators";

/** The `orderBy` argument of a relationship list. */
const ORDER_BY =
  "The order, key by key (at most 5), then by id; by the far end's name when omitted (as before `first` cuts the list).";

/** The `where` argument of a relationship list. */
const WHERE = "Only the items this filter keeps (before `first` cuts a list); see the filter's fields.";

@ArgsType()
export class RelationshipsArgs extends PageArgs {
  @Field(() => [RelationshipType], { nullable: true, description: "Only these types; all when omitted." })
  @IsOptional()
  @ArrayMaxSize(20)
  types?: RelationshipType[];

  @Field(() => ID, { nullable: true, description: "Only relationships starting at this id." })
  @IsOptional()
  @MaxLength(100)
  @IsSlug()
  from?: string;

  @Field(() => ID, { nullable: true, description: "Only relationships ending at this id." })
  @IsOptional()
  @MaxLength(100)
  @IsSlug()
  to?: string;

  @Field(() => String, { nullable: true, description: "Only relationships valid on this date." })
  @IsOptional()
  @IsPartialDate()
  asOf?: string;

  @Field(() => RelationshipWhere, {
    nullable: true,
    description: "Only the relationships this filter keeps, e.g. `{ percentage: { gte: 50 }, to: { country: { eq: \"JP\" } } }`.",
  })
  where?: Record<string, unknown>;

  @Field(() => [RelationshipSort], {
    nullable: true,
    description: "The order, key by key (at most 5), then by id; by id when omitted. Cursors hold the sort keys.",
  })
  orderBy?: Array<Record<string, unknown>>;
}

@ArgsType()
export class CompetitorsArgs {
  @Field(() => ID, { description: "Id of the entity." })
  @MaxLength(100)
  @IsSlug()
  id!: string;

  @Field(() => Segment, { nullable: true, description: "Only competition in this segment." })
  segment?: Segment;
}

/** `first` of a relationship list: its page size. */
const First = (): PropertyDecorator => (target, key) => {
  Field(() => Int, { defaultValue: 20, description: "Maximum items, 1-100." })(target, key);
  Min(1)(target, key);
  Max(100)(target, key);
};

/** Arguments of a relationship list's aggregate (`holdingsAggregate`, ...): which items it counts. */
@ArgsType()
export class RelationAggregateArgs {
  @Field(() => String, { nullable: true, description: "Only relationships valid on this date." })
  @IsOptional()
  @IsPartialDate()
  asOf?: string;
}

/** Arguments of the bounded relationship fields of `Entity` (owners, holdings, suppliers, ...). */
@ArgsType()
export class RelationFieldArgs extends RelationAggregateArgs {
  @First()
  first!: number;
}

@ArgsType()
export class CompetitorAggregateArgs {
  @Field(() => Segment, { nullable: true, description: "Only competition in this segment." })
  segment?: Segment;

  @Field(() => CompetitionWhere, { nullable: true, description: WHERE })
  where?: Record<string, unknown>;
}

@ArgsType()
export class CompetitorFieldArgs extends CompetitorAggregateArgs {
  @Field(() => [EntitySort], {
    nullable: true,
    description:
      "The order of the competitors (their fields, or aggregates of their own lists), key by key (at most 5), then by the relationship's id; by name when omitted.",
  })
  orderBy?: Array<Record<string, unknown>>;

  @First()
  first!: number;
}

@ArgsType()
export class OwnershipAggregateArgs extends RelationAggregateArgs {
  @Field(() => OwnershipWhere, { nullable: true, description: WHERE })
  where?: Record<string, unknown>;
}

@ArgsType()
export class OwnershipFieldArgs extends OwnershipAggregateArgs {
  @Field(() => [OwnershipSort], { nullable: true, description: ORDER_BY })
  orderBy?: Array<Record<string, unknown>>;

  @First()
  first!: number;
}

@ArgsType()
export class SupplyAggregateArgs extends RelationAggregateArgs {
  @Field(() => SupplyWhere, { nullable: true, description: WHERE })
  where?: Record<string, unknown>;
}

@ArgsType()
export class SupplyFieldArgs extends SupplyAggregateArgs {
  @Field(() => [SupplySort], { nullable: true, description: ORDER_BY })
  orderBy?: Array<Record<string, unknown>>;

  @First()
  first!: number;
}

@ArgsType()
export class PositionAggregateArgs extends RelationAggregateArgs {
  @Field(() => PositionWhere, { nullable: true, description: WHERE })
  where?: Record<string, unknown>;
}

@ArgsType()
export class PositionFieldArgs extends PositionAggregateArgs {
  @Field(() => [PositionSort], { nullable: true, description: ORDER_BY })
  orderBy?: Array<Record<string, unknown>>;

  @First()
  first!: number;
}

@ArgsType()
export class EntityListAggregateArgs extends RelationAggregateArgs {
  @Field(() => EntityWhere, { nullable: true, description: WHERE })
  where?: Record<string, unknown>;
}

@ArgsType()
export class EntityListFieldArgs extends EntityListAggregateArgs {
  @Field(() => [EntitySort], { nullable: true, description: ORDER_BY })
  orderBy?: Array<Record<string, unknown>>;

  @First()
  first!: number;
}

@ArgsType()
export class RelationshipsAggregateArgs extends RelationAggregateArgs {
  @Field(() => [RelationshipType], { nullable: true, description: "Only these types; all when omitted." })
  @IsOptional()
  @ArrayMaxSize(20)
  types?: RelationshipType[];

  @Field(() => Direction, { defaultValue: Direction.BOTH, description: "Outgoing, incoming or both." })
  direction!: Direction;

  @Field(() => RelationshipWhere, { nullable: true, description: WHERE })
  where?: Record<string, unknown>;
}

@ArgsType()
export class RelationshipsFieldArgs extends RelationshipsAggregateArgs {
  @Field(() => [RelationshipSort], { nullable: true, description: ORDER_BY })
  orderBy?: Array<Record<string, unknown>>;

  @First()
  first!: number;
}

/** Arguments of `Entity.eventsAggregate`: which events it counts. */
@ArgsType()
export class EventsAggregateArgs {
  @Field(() => [EventKind], { nullable: true, description: "Only events of these kinds." })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: EventKind[];

  @Field(() => EventWhere, { nullable: true, description: WHERE })
  where?: Record<string, unknown>;
}

@ArgsType()
export class EventsFieldArgs extends EventsAggregateArgs {
  @Field(() => [EventSort], {
    nullable: true,
    description:
      "The order, key by key (at most 5), then by id; by date when omitted (undated events last).",
  })
  orderBy?: Array<Record<string, unknown>>;

  @Field(() => Int, { defaultValue: 20, description: "Maximum items, 1-100." })
  @Min(1)
  @Max(100)
  first!: number;
}

@ArgsType()
export class TimelineArgs {
  @Field(() => ID, { nullable: true, description: "Only events involving this entity; all events when omitted." })
  @IsOptional()
  @MaxLength(100)
  @IsSlug()
  entityId?: string;

  @Field(() => String, { nullable: true, description: "Events on or after this date (compared at each event's precision)." })
  @IsOptional()
  @IsPartialDate()
  from?: string;

  @Field(() => String, { nullable: true, description: "Events on or before this date." })
  @IsOptional()
  @IsPartialDate()
  to?: string;

  @Field(() => [EventKind], { nullable: true, description: "Only these kinds of event." })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: EventKind[];

  @Field(() => EventWhere, {
    nullable: true,
    description:
      "Only the events this filter keeps (before `first` cuts the list), e.g. `{ participants: { some: { role: { eq: \"investor\" } } } }`.",
  })
  where?: Record<string, unknown>;

  @Field(() => [EventSort], {
    nullable: true,
    description:
      "The order, key by key (at most 5), then by id; by date when omitted (undated events last).",
  })
  orderBy?: Array<Record<string, unknown>>;

  @Field(() => Int, { defaultValue: 100, description: "Maximum events, 1-500." })
  @Min(1)
  @Max(500)
  first!: number;
}

@ArgsType()
export class RiskFactorsArgs {
  @Field(() => ID, { nullable: true, description: "Only risk factors concerning this entity." })
  @IsOptional()
  @MaxLength(100)
  @IsSlug()
  concerning?: string;
}
