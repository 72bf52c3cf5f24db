import { Field, Float, ID, ObjectType } from "type-graphql";
import { Node } from "./node.type";
import { Citation } from "./citation.type";
import { Entity } from "./entity.type";
import { EventKind } from "./enums";
import { Money } from "./money.type";

@ObjectType({ simpleResolvers: true, description: "An entity's part in an event." })
export class Participant {
  @Field(() => String, { description: "Role: ACQUIRER, TARGET, SELLER, INVESTOR, INVESTEE, PARTNER, ..." })
  role!: string;

  @Field(() => Entity, { description: "The entity." })
  entity!: Entity;
}

@ObjectType({ simpleResolvers: true, implements: [Node], description: "A dated n-ary fact: an investment, acquisition, merger, reorganization, impairment, ..." })
export class Event implements Node {
  @Field(() => ID, { description: "Stable id, e.g. `ev-2007-04-gdx-investment`." })
  id!: string;

  @Field(() => EventKind, { description: "Kind of event." })
  kind!: EventKind;

  @Field(() => String, { description: "Short caption." })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "Date at the source's precision: YYYY, YYYY-MM (a month, not its 1st) or YYYY-MM-DD; null when the text gives none.",
  })
  date!: string | null;

  @Field(() => Money, { nullable: true, description: "Amount involved, with its US-dollar value (rate of the event's date)." })
  amount!: Money | null;

  @Field(() => Float, { nullable: true, description: "Stake (percent) acquired or held after the event." })
  stake!: number | null;

  @Field(() => String, { nullable: true, description: "What happened, in a sentence." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Curation note: qualifiers, inferred readings, fiscal-year dating." })
  note!: string | null;

  @Field(() => String, { nullable: true, description: "The role of the entity this event was reached from (nested `events` only)." })
  role!: string | null;

  @Field(() => [Participant], { description: "Entities involved and their roles." })
  participants!: Participant[];

  @Field(() => [Citation], { description: "The sentences of the source this event is taken from." })
  citations!: Citation[];
}
