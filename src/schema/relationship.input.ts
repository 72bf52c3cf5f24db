import { Field, Float, ID, InputType, Int } from "type-graphql";
import {
  ArrayMaxSize,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from "class-validator";
import { CitedCreateInput, CitedUpdateInput } from "./citation.input";
import { Consolidation, RelationshipType, Segment } from "./enums";
import { IsPartialDate, IsSlug } from "./validators";

/** Properties a relationship may carry; which apply depends on its type (see the graph model). */
@InputType({ description: "Properties of a relationship; each applies to the types named in its description." })
export class RelationshipPropertiesInput {
  @Field(() => Float, { nullable: true, description: "OWNS: stake in percent, 0-100." })
  @IsOptional()
  @Min(0)
  @Max(100)
  percentage?: number | null;

  @Field(() => String, { nullable: true, description: "Date the fact is stated as of (YYYY, YYYY-MM or YYYY-MM-DD)." })
  @IsOptional()
  @IsPartialDate()
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: "Start of validity (YYYY, YYYY-MM or YYYY-MM-DD)." })
  @IsOptional()
  @IsPartialDate()
  since?: string | null;

  @Field(() => String, { nullable: true, description: "End of validity (YYYY, YYYY-MM or YYYY-MM-DD)." })
  @IsOptional()
  @IsPartialDate()
  until?: string | null;

  @Field(() => String, { nullable: true, description: "MERGED_INTO, TRANSFERRED_BUSINESS_TO: date (YYYY, YYYY-MM or YYYY-MM-DD)." })
  @IsOptional()
  @IsPartialDate()
  date?: string | null;

  @Field(() => Consolidation, { nullable: true, description: "OWNS: how the owner accounts for the holding." })
  @IsOptional()
  consolidation?: Consolidation | null;

  @Field(() => Boolean, { nullable: true, description: "OWNS, COMPETES_WITH: the owner or competitor together with its affiliates." })
  @IsOptional()
  includesAffiliates?: boolean | null;

  @Field(() => [Segment], { nullable: true, description: "COMPETES_WITH: segments (up to 7)." })
  @IsOptional()
  @ArrayMaxSize(7)
  segments?: Segment[] | null;

  @Field(() => String, { nullable: true, description: "SUPPLIES, TRANSFERRED_BUSINESS_TO: what (up to 300 characters)." })
  @IsOptional()
  @MaxLength(300)
  what?: string | null;

  @Field(() => Float, { nullable: true, description: "SUPPLIES: share of the customer's cost, 0-100 percent." })
  @IsOptional()
  @Min(0)
  @Max(100)
  costShare?: number | null;

  @Field(() => String, { nullable: true, description: "SUPPLIES: fiscal year of the cost share, e.g. FY2007." })
  @IsOptional()
  @Matches(/^FY\d{4}$/, { message: "$property must be a fiscal year such as FY2007" })
  fiscalYear?: string | null;

  @Field(() => String, { nullable: true, description: "HOLDS_POSITION: the role (up to 200 characters)." })
  @IsOptional()
  @MaxLength(200)
  role?: string | null;

  @Field(() => Int, { nullable: true, description: "CAN_APPOINT: number of seats, 0-100." })
  @IsOptional()
  @Min(0)
  @Max(100)
  seats?: number | null;

  @Field(() => [String], { nullable: true, description: "CAN_APPOINT: bodies (up to 10, each up to 100 characters)." })
  @IsOptional()
  @ArrayMaxSize(10)
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  bodies?: string[] | null;

  @Field(() => String, { nullable: true, description: "REGULATES: scope (up to 300 characters)." })
  @IsOptional()
  @MaxLength(300)
  scope?: string | null;

  @Field(() => Boolean, { nullable: true, description: "The report calls the fact former without an end date." })
  @IsOptional()
  former?: boolean | null;

  @Field(() => String, { nullable: true, description: "Curation note (up to 2,000 characters)." })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: "A new relationship. Creating an id that exists changes nothing and returns the stored one." })
export class CreateRelationshipInput extends CitedCreateInput {
  @Field(() => ID, { description: "Client-chosen lower-case kebab id (1-100 characters)." })
  @MaxLength(100)
  @IsSlug()
  id!: string;

  @Field(() => RelationshipType, { description: "Type; INVOLVES is written through events." })
  type!: RelationshipType;

  @Field(() => ID, { description: "Id of the start entity." })
  @MaxLength(100)
  @IsSlug()
  from!: string;

  @Field(() => ID, { description: "Id of the end entity (another entity than `from`)." })
  @MaxLength(100)
  @IsSlug()
  to!: string;

  @Field(() => RelationshipPropertiesInput, { nullable: true, description: "Properties; none when omitted." })
  @IsOptional()
  @ValidateNested()
  properties?: RelationshipPropertiesInput;

}

@InputType({ description: "Changes to a relationship's properties: omitted ones stay, null clears one. Ends and type never change." })
export class UpdateRelationshipInput extends CitedUpdateInput {
  @Field(() => ID, { description: "Id of the relationship." })
  @MaxLength(100)
  @IsSlug()
  id!: string;

  @Field(() => RelationshipPropertiesInput, { description: "Properties to set or (with null) clear." })
  @ValidateNested()
  properties!: RelationshipPropertiesInput;

}
