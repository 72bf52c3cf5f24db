import { Field, ID, Int, ObjectType } from "type-graphql";
import { Entity } from "./entity.type";
import { Event } from "./event.type";
import { Relationship } from "./relation.type";

@ObjectType({ simpleResolvers: true, description: "The entity after a create: `created` is false when the id existed (nothing was changed)." })
export class EntityWriteResult {
  @Field(() => Boolean, { description: "True when this call created it." })
  created!: boolean;

  @Field(() => Entity, { description: "The stored entity." })
  entity!: Entity;
}

@ObjectType({ simpleResolvers: true, description: "The relationship after a create: `created` is false when the id existed." })
export class RelationshipWriteResult {
  @Field(() => Boolean, { description: "True when this call created it." })
  created!: boolean;

  @Field(() => Relationship, { description: "The stored relationship." })
  relationship!: Relationship;
}

@ObjectType({ simpleResolvers: true, description: "The event after a create: `created` is false when the id existed." })
export class EventWriteResult {
  @Field(() => Boolean, { description: "True when this call created it." })
  created!: boolean;

  @Field(() => Event, { description: "The stored event." })
  event!: Event;
}

@ObjectType({ simpleResolvers: true, description: "What a delete removed; deleting an id that is gone is not an error (deleted: false)." })
export class DeleteResult {
  @Field(() => ID, { description: "The id asked for." })
  id!: string;

  @Field(() => Boolean, { description: "True when this call deleted it." })
  deleted!: boolean;

  @Field(() => Int, { description: "Relationships removed with it (entities and events)." })
  relationshipsDeleted!: number;
}
