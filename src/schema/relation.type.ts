import { GraphQLJSONObject } from "graphql-scalars";
import { Node } from "./node.type";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { Citation } from "./citation.type";
import { Entity } from "./entity.type";
import { Consolidation, Segment } from "./enums";

@ObjectType({ simpleResolvers: true, implements: [Node], description: "A relationship of any type, with its properties and citations." })
export class Relationship implements Node {
  @Field(() => ID, { description: "Stable id of the relationship." })
  id!: string;

  @Field(() => String, { description: "Relationship type, e.g. OWNS." })
  type!: string;

  @Field(() => String, { description: "Id of the start node." })
  source!: string;

  @Field(() => String, { description: "Id of the end node." })
  target!: string;

  @Field(() => String, { description: "Caption with the key figure, e.g. `OWNS 29.7%`." })
  label!: string;

  @Field(() => String, { nullable: true, description: "Start of validity (YYYY, YYYY-MM or YYYY-MM-DD)." })
  since!: string | null;

  @Field(() => String, { nullable: true, description: "End of validity; null while it holds." })
  until!: string | null;

  @Field(() => String, { nullable: true, description: "Date the report states the fact as of." })
  asOf!: string | null;

  @Field(() => GraphQLJSONObject, { description: "All stored properties except citations." })
  properties!: Record<string, unknown>;

  @Field(() => [Citation], { description: "The sentences of the source this relationship is taken from." })
  citations!: Citation[];
}

@ObjectType({ simpleResolvers: true, description: "A stake of one entity in another (OWNS)." })
export class Ownership {
  @Field(() => ID, { description: "Id of the OWNS relationship." })
  id!: string;

  @Field(() => Entity, { description: "The shareholder." })
  owner!: Entity;

  @Field(() => Entity, { description: "The company held." })
  owned!: Entity;

  @Field(() => Float, { nullable: true, description: "Stake in percent; null when the report does not give it." })
  percentage!: number | null;

  @Field(() => String, { nullable: true, description: "Date the stake is stated as of." })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: "Since when the stake is held." })
  since!: string | null;

  @Field(() => String, { nullable: true, description: "Until when it was held; null while it holds." })
  until!: string | null;

  @Field(() => Consolidation, { nullable: true, description: "How the owner accounts for it, when the report says." })
  consolidation!: Consolidation | null;

  @Field(() => Boolean, { description: 'True when the stake is the owner\'s together with its affiliates ("NTT and its affiliates").' })
  includesAffiliates!: boolean;

  @Field(() => Boolean, { description: "True when the report calls the holding former (without giving an end date)." })
  former!: boolean;

  @Field(() => String, { nullable: true, description: "Curation note (former holding, inferred reading, ...)." })
  note!: string | null;

  @Field(() => [Citation], { description: "Where the report states it." })
  citations!: Citation[];
}

@ObjectType({ simpleResolvers: true, description: "Competition between two entities (COMPETES_WITH), by segment." })
export class Competition {
  @Field(() => ID, { description: "Id of the COMPETES_WITH relationship." })
  id!: string;

  @Field(() => Entity, { description: "The other party." })
  competitor!: Entity;

  @Field(() => [Segment], { description: "Segments in which they compete; empty when the report names none." })
  segments!: Segment[];

  @Field(() => Boolean, { description: "True when the report names the competitor together with its affiliates." })
  includesAffiliates!: boolean;

  @Field(() => String, { nullable: true, description: "Curation note." })
  note!: string | null;

  @Field(() => [Citation], { description: "Where the report states it." })
  citations!: Citation[];
}

@ObjectType({ simpleResolvers: true, description: "A supply relationship (SUPPLIES) from supplier to customer." })
export class Supply {
  @Field(() => ID, { description: "Id of the SUPPLIES relationship." })
  id!: string;

  @Field(() => Entity, { description: "Who supplies." })
  supplier!: Entity;

  @Field(() => Entity, { description: "Who is supplied." })
  customer!: Entity;

  @Field(() => String, { nullable: true, description: "What is supplied." })
  what!: string | null;

  @Field(() => Float, { nullable: true, description: "Share of the customer's cost for it, in percent; null when not given." })
  costShare!: number | null;

  @Field(() => String, { nullable: true, description: "Fiscal year of the cost share (FY2007 = year ended March 31, 2007)." })
  fiscalYear!: string | null;

  @Field(() => String, { nullable: true, description: "Curation note." })
  note!: string | null;

  @Field(() => [Citation], { description: "Where the report states it." })
  citations!: Citation[];
}

@ObjectType({ simpleResolvers: true, description: "A position a person holds at an organization (HOLDS_POSITION)." })
export class Position {
  @Field(() => ID, { description: "Id of the HOLDS_POSITION relationship." })
  id!: string;

  @Field(() => Entity, { description: "The person." })
  person!: Entity;

  @Field(() => Entity, { description: "The company or body." })
  organization!: Entity;

  @Field(() => String, { nullable: true, description: "Role, e.g. president and chief executive officer." })
  role!: string | null;

  @Field(() => String, { nullable: true, description: "Since when." })
  since!: string | null;

  @Field(() => String, { nullable: true, description: "Until when; null while held." })
  until!: string | null;

  @Field(() => [Citation], { description: "Where the report states it." })
  citations!: Citation[];
}
