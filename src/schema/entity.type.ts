import { Field, ID, InterfaceType, ObjectType } from "type-graphql";
import { Citation } from "./citation.type";
import { CompanyStatus, EntityKind } from "./enums";
import { Money } from "./money.type";
import { Node } from "./node.type";

/** An entity's GraphQL type: its kind. */
export const entityTypeName = (value: { kind: string }): string => value.kind;

@InterfaceType({
  implements: [Node],
  description: "Anything the report names: a company, person, public body, risk factor or financial figure.",
  resolveType: entityTypeName,
})
export abstract class Entity implements Node {
  @Field(() => ID, { description: "Stable lower-case kebab id, e.g. `iij`, `ntt-communications`." })
  id!: string;

  @Field(() => String, { description: "Display name (the caption in Neo4j Browser)." })
  name!: string;

  @Field(() => EntityKind, { description: "Kind of entity, equal to the GraphQL type name." })
  kind!: EntityKind;

  @Field(() => [String], { description: "Other names the report uses (e.g. `IIJ-Tech`, `NTT Com`)." })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: "What the report says it is, in a sentence." })
  description!: string | null;

  @Field(() => [Citation], { description: "The sentences of the source this entity is taken from." })
  citations!: Citation[];
}

@ObjectType({ simpleResolvers: true, implements: [Entity, Node], description: "A company, including former names and ventures." })
export class Company extends Entity {
  @Field(() => String, { nullable: true, description: "Legal name when the report gives it." })
  legalName!: string | null;

  @Field(() => String, { nullable: true, description: "Short name, e.g. IIJ, NTT, KDDI." })
  shortName!: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code, when known." })
  country!: string | null;

  @Field(() => CompanyStatus, { nullable: true, description: "Active, merged, in reorganization, ..." })
  status!: CompanyStatus | null;
}

@ObjectType({ simpleResolvers: true, implements: [Entity, Node], description: "An officer or director named in the report." })
export class Person extends Entity {}

@ObjectType({ simpleResolvers: true, implements: [Entity, Node], description: "A regulator or public institution (MIC, the Federal Reserve Bank of New York)." })
export class GovernmentBody extends Entity {
  @Field(() => String, { nullable: true, description: "Short name, e.g. MIC." })
  shortName!: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code, when known." })
  country!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: [Entity, Node], description: "A risk factor of Item 3.D; `name` is its heading." })
export class RiskFactor extends Entity {
  @Field(() => String, { description: "The risk in a sentence or two." })
  summary!: string;

  @Field(() => [Entity], { description: "Entities this risk factor concerns, by name." })
  concerns!: Entity[];
}

@ObjectType({ simpleResolvers: true, implements: [Entity, Node], description: "A financial figure the report states about a company." })
export class FinancialFigure extends Entity {
  @Field(() => Money, { description: "The amount, with its US-dollar value at the convenience rate." })
  amount!: Money;

  @Field(() => String, { nullable: true, description: "Date the figure is as of (YYYY, YYYY-MM or YYYY-MM-DD)." })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: "Fiscal year of the figure (FY2007 = year ended March 31, 2007)." })
  fiscalYear!: string | null;
}

export const ENTITY_TYPES = [Company, Person, GovernmentBody, RiskFactor, FinancialFigure] as const;
