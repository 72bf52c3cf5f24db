import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Citation } from "./citation.type";
import { Entity } from "./entity.type";
import { Consolidation } from "./enums";

@ObjectType({ simpleResolvers: true, description: "A member of a corporate group: a holding reached through OWNS from the group's parent." })
export class GroupMember {
  @Field(() => Entity, { description: "The member." })
  entity!: Entity;

  @Field(() => ID, { description: "Id of its direct owner in the tree." })
  parentId!: string;

  @Field(() => ID, { description: "Id of the OWNS relationship from the parent." })
  relationshipId!: string;

  @Field(() => Int, { description: "Links from the group's parent (1 = held directly)." })
  depth!: number;

  @Field(() => Float, { nullable: true, description: "The parent's stake in percent; null when the report does not give it." })
  percentage!: number | null;

  @Field(() => Float, { nullable: true, description: "Product of the stakes from the group's parent; null when any is unknown." })
  effectivePercentage!: number | null;

  @Field(() => Consolidation, { nullable: true, description: "How the parent accounts for it, when the report says." })
  consolidation!: Consolidation | null;

  @Field(() => Boolean, { description: "True when the stake includes the parent's affiliates." })
  includesAffiliates!: boolean;

  @Field(() => Boolean, { description: "True when the report calls the holding former (without giving an end date)." })
  former!: boolean;

  @Field(() => String, { nullable: true, description: "Since when it is held." })
  since!: string | null;

  @Field(() => String, { nullable: true, description: "Until when it was held; null while it holds." })
  until!: string | null;

  @Field(() => String, { nullable: true, description: "Date the stake is stated as of." })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: "Curation note (former holding, ...)." })
  note!: string | null;

  @Field(() => [Citation], { description: "Where the report states the holding." })
  citations!: Citation[];
}

@ObjectType({ simpleResolvers: true, description: "A company and the tree of its holdings." })
export class CorporateGroup {
  @Field(() => Entity, { description: "The group's parent." })
  root!: Entity;

  @Field(() => [GroupMember], { description: "Members, nearest first; each appears once, at its shortest link from the parent." })
  members!: GroupMember[];
}
