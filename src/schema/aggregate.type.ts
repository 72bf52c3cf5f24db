import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { CompanyStatus, Consolidation, EntityKind, EventKind, RelationshipType, Segment } from "./enums";
import { Money } from "./money.type";

@ObjectType({
  simpleResolvers: true,
  description: "Aggregates of a number over a list's items; absent values are left out (all absent: null, sum 0).",
})
export class FloatAggregate {
  @Field(() => Float, { nullable: true, description: "The smallest value." })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: "The largest value." })
  max!: number | null;

  @Field(() => Float, { nullable: true, description: "The mean of the values given." })
  avg!: number | null;

  @Field(() => Float, { description: "The sum of the values given (0 when none is)." })
  sum!: number;
}

@ObjectType({ simpleResolvers: true, description: "The size of a relationship list (after its filter)." })
export class ListAggregate {
  @Field(() => Int, { description: "How many items." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "Aggregates of an entity's list of events (after its filter)." })
export class EventListAggregate extends ListAggregate {
  @Field(() => FloatAggregate, { description: "Of the events' stakes (events without one left out)." })
  stake!: FloatAggregate;
}

@ObjectType({ simpleResolvers: true, description: "Aggregates of a list of stakes (after its filter)." })
export class OwnershipAggregate extends ListAggregate {
  @Field(() => FloatAggregate, { description: "Of the stakes' percentages (stakes without one left out)." })
  percentage!: FloatAggregate;
}

@ObjectType({ simpleResolvers: true, description: "Aggregates of a list of supply relationships (after its filter)." })
export class SupplyAggregate extends ListAggregate {
  @Field(() => FloatAggregate, { description: "Of the cost shares (those not given left out)." })
  costShare!: FloatAggregate;
}

export enum EntityGroupKey {
  KIND = "KIND",
  COUNTRY = "COUNTRY",
  STATUS = "STATUS",
}
registerEnumType(EntityGroupKey, {
  name: "EntityGroupKey",
  description: "What to group entities by: their kind, country code or company status.",
});

@ObjectType({ simpleResolvers: true, description: "The values a group of entities shares; null for what it is not grouped by." })
export class EntityGroupValues {
  @Field(() => EntityKind, { nullable: true, description: "The kind (grouped by KIND)." })
  kind!: EntityKind | null;

  @Field(() => String, { nullable: true, description: "The country code (grouped by COUNTRY; null: none given)." })
  country!: string | null;

  @Field(() => CompanyStatus, { nullable: true, description: "The status (grouped by STATUS; null: none given)." })
  status!: CompanyStatus | null;
}

@ObjectType({ simpleResolvers: true, description: "One group of entities: the values its members share and how many they are." })
export class EntityGroup {
  @Field(() => EntityGroupValues, { description: "The values the group's entities share." })
  key!: EntityGroupValues;

  @Field(() => Int, { description: "How many entities the group holds." })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "Aggregates of every entity the connection's `kind` and `where` keep (all pages).",
})
export class EntityAggregate {
  @Field(() => Int, { description: "How many entities." })
  count!: number;
}

export enum RelationshipGroupKey {
  TYPE = "TYPE",
  SEGMENT = "SEGMENT",
  CONSOLIDATION = "CONSOLIDATION",
  FROM = "FROM",
  TO = "TO",
}
registerEnumType(RelationshipGroupKey, {
  name: "RelationshipGroupKey",
  description: "What to group relationships by: type, segment (competition), consolidation (stakes), start or end entity.",
});

@ObjectType({ simpleResolvers: true, description: "The values a group of relationships shares; null for what it is not grouped by." })
export class RelationshipGroupValues {
  @Field(() => RelationshipType, { nullable: true, description: "The type (grouped by TYPE)." })
  type!: RelationshipType | null;

  @Field(() => Segment, { nullable: true, description: "The segment (grouped by SEGMENT; null: none named)." })
  segment!: Segment | null;

  @Field(() => Consolidation, { nullable: true, description: "The consolidation (grouped by CONSOLIDATION; null: not stated)." })
  consolidation!: Consolidation | null;

  @Field(() => String, { nullable: true, description: "The start entity's id (grouped by FROM)." })
  from!: string | null;

  @Field(() => String, { nullable: true, description: "The end entity's id (grouped by TO)." })
  to!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Aggregates of relationships: how many, and of their stakes and cost shares." })
export class RelationshipTotals {
  @Field(() => Int, { description: "How many relationships." })
  count!: number;

  @Field(() => FloatAggregate, { description: "Of the stakes' percentages (OWNS; others have none)." })
  percentage!: FloatAggregate;

  @Field(() => FloatAggregate, { description: "Of the cost shares (SUPPLIES; others have none)." })
  costShare!: FloatAggregate;
}

@ObjectType({ simpleResolvers: true, description: "One group of relationships: the values its members share and their aggregates." })
export class RelationshipGroup extends RelationshipTotals {
  @Field(() => RelationshipGroupValues, { description: "The values the group's relationships share." })
  key!: RelationshipGroupValues;
}

@ObjectType({
  simpleResolvers: true,
  description: "Aggregates of every relationship the connection's arguments keep (all pages).",
})
export class RelationshipAggregate extends RelationshipTotals {}

@ObjectType({
  simpleResolvers: true,
  description: "Aggregates of yen amounts (others left out), each a `Money` with its US-dollar value at the convenience rate.",
})
export class MoneyAggregate {
  @Field(() => Money, { description: "The smallest (amount null when there is none)." })
  min!: Money;

  @Field(() => Money, { description: "The largest (amount null when there is none)." })
  max!: Money;

  @Field(() => Money, { description: "The mean (amount null when there is none)." })
  avg!: Money;

  @Field(() => Money, { description: "The sum (0 when there is none)." })
  sum!: Money;
}

export enum EventGroupKey {
  KIND = "KIND",
  YEAR = "YEAR",
  ROLE = "ROLE",
}
registerEnumType(EventGroupKey, {
  name: "EventGroupKey",
  description: "What to group events by: their kind, their year, or the roles their participants play.",
});

@ObjectType({ simpleResolvers: true, description: "The values a group of events shares; null for what it is not grouped by." })
export class EventGroupValues {
  @Field(() => EventKind, { nullable: true, description: "The kind (grouped by KIND)." })
  kind!: EventKind | null;

  @Field(() => String, { nullable: true, description: "The year (grouped by YEAR; null: undated)." })
  year!: string | null;

  @Field(() => String, { nullable: true, description: "A participant's role (grouped by ROLE; null: no participant)." })
  role!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Aggregates of events: how many, their stakes and their yen amounts." })
export class EventTotals {
  @Field(() => Int, { description: "How many events." })
  count!: number;

  @Field(() => FloatAggregate, { description: "Of the stakes (events without one left out)." })
  stake!: FloatAggregate;

  @Field(() => MoneyAggregate, { description: "Of the yen amounts." })
  amount!: MoneyAggregate;
}

@ObjectType({ simpleResolvers: true, description: "One group of events: the values its members share and their aggregates." })
export class EventGroup extends EventTotals {
  @Field(() => EventGroupValues, { description: "The values the group's events share." })
  key!: EventGroupValues;
}

@ObjectType({ simpleResolvers: true, description: "Aggregates of every event the connection's arguments keep (all pages)." })
export class EventAggregate extends EventTotals {}
