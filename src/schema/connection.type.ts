import { Field, Float, Int, ObjectType } from "type-graphql";
import { EntityAggregate, EventAggregate, RelationshipAggregate } from "./aggregate.type";
import { Event } from "./event.type";
import { Entity } from "./entity.type";
import { Relationship } from "./relation.type";

@ObjectType({ simpleResolvers: true, description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when another page follows." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "True when this page was asked for with `after`." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass it as `after` for the next page." })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "An entity in a page, with its cursor." })
export class EntityEdge {
  @Field(() => Entity, { description: "The entity." })
  node!: Entity;

  @Field(() => String, { description: "Opaque cursor of this item." })
  cursor!: string;
}

@ObjectType({ simpleResolvers: true, description: "A page of entities ordered by id." })
export class EntityConnection {
  @Field(() => [EntityEdge], { description: "The items of this page." })
  edges!: EntityEdge[];

  @Field(() => PageInfo, { description: "Where this page stands." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of entities matching the filter, over all pages." })
  totalCount!: number;

  @Field(() => EntityAggregate, {
    description: "Aggregates over every entity the connection keeps (all pages): `count`, `groupBy(by:)`.",
  })
  aggregate!: EntityAggregate;
}

@ObjectType({ simpleResolvers: true, description: "A relationship in a page, with its cursor." })
export class RelationshipEdge {
  @Field(() => Relationship, { description: "The relationship." })
  node!: Relationship;

  @Field(() => String, { description: "Opaque cursor of this item." })
  cursor!: string;
}

@ObjectType({ simpleResolvers: true, description: "A page of relationships ordered by id." })
export class RelationshipConnection {
  @Field(() => [RelationshipEdge], { description: "The items of this page." })
  edges!: RelationshipEdge[];

  @Field(() => PageInfo, { description: "Where this page stands." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of relationships matching the filter, over all pages." })
  totalCount!: number;

  @Field(() => RelationshipAggregate, {
    description:
      "Aggregates over every relationship the connection keeps (all pages): `count`, `percentage`, `costShare`, `groupBy(by:)`.",
  })
  aggregate!: RelationshipAggregate;
}

@ObjectType({ simpleResolvers: true, description: "A full-text search hit." })
export class SearchHit {
  @Field(() => Entity, { description: "The entity found." })
  entity!: Entity;

  @Field(() => Float, { description: "Relevance score from the full-text index (higher is better)." })
  score!: number;
}

@ObjectType({ simpleResolvers: true, description: "An event in a page, with its cursor." })
export class EventEdge {
  @Field(() => Event, { description: "The event." })
  node!: Event;

  @Field(() => String, { description: "Opaque cursor of this item." })
  cursor!: string;
}

@ObjectType({ simpleResolvers: true, description: "A page of events, by id or in the order asked." })
export class EventConnection {
  @Field(() => [EventEdge], { description: "The items of this page." })
  edges!: EventEdge[];

  @Field(() => PageInfo, { description: "Where this page stands." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of events matching the filter, over all pages." })
  totalCount!: number;

  @Field(() => EventAggregate, {
    description: "Aggregates over every event the connection keeps (all pages): `count`, `stake`, `amount`, `groupBy(by:)`.",
  })
  aggregate!: EventAggregate;
}
