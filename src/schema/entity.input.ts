import { Field, ID, InputType } from "type-graphql";
import {
  ArrayMaxSize,
  IsOptional,
  Matches,
  MaxLength,
  MinLength,
} from "class-validator";
import { CitedCreateInput, CitedUpdateInput } from "./citation.input";
import { CompanyStatus, EntityKind } from "./enums";
import { IsSlug } from "./validators";

const NOT_BLANK = { message: "$property must not be blank" };

@InputType({ description: "A new entity. Creating an id that exists changes nothing and returns the stored entity." })
export class CreateEntityInput extends CitedCreateInput {
  @Field(() => ID, { description: "Client-chosen lower-case kebab id (1-100 characters); makes the write idempotent." })
  @MaxLength(100)
  @IsSlug()
  id!: string;

  @Field(() => EntityKind, { description: "Company, Person, GovernmentBody or RiskFactor (figures come from the seed)." })
  kind!: EntityKind;

  @Field(() => String, { description: "Display name (1-300 characters)." })
  @MinLength(1)
  @MaxLength(300)
  @Matches(/\S/, NOT_BLANK)
  name!: string;

  @Field(() => [String], { nullable: true, description: "Other names (up to 20, each 1-200 characters)." })
  @IsOptional()
  @ArrayMaxSize(20)
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @Field(() => String, { nullable: true, description: "What it is, in a sentence (up to 2,000 characters)." })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => String, { nullable: true, description: "Legal name (companies; up to 300 characters)." })
  @IsOptional()
  @MaxLength(300)
  legalName?: string;

  @Field(() => String, { nullable: true, description: "Short name (up to 100 characters)." })
  @IsOptional()
  @MaxLength(100)
  shortName?: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code, e.g. JP." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: "$property must be an ISO 3166-1 alpha-2 code such as JP" })
  country?: string;

  @Field(() => CompanyStatus, { nullable: true, description: "Status (companies)." })
  @IsOptional()
  status?: CompanyStatus;

  @Field(() => String, { nullable: true, description: "The risk in a sentence or two (risk factors; up to 1,000 characters)." })
  @IsOptional()
  @MaxLength(1000)
  summary?: string;

}

@InputType({ description: "Changes to an entity: omitted fields stay, null clears an optional field. Its kind never changes." })
export class UpdateEntityInput extends CitedUpdateInput {
  @Field(() => ID, { description: "Id of the entity." })
  @MaxLength(100)
  @IsSlug()
  id!: string;

  @Field(() => String, { nullable: true, description: "Display name (1-300 characters)." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  @Matches(/\S/, NOT_BLANK)
  name?: string;

  @Field(() => [String], { nullable: true, description: "Other names, replacing the stored ones (up to 20)." })
  @IsOptional()
  @ArrayMaxSize(20)
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @Field(() => String, { nullable: true, description: "Up to 2,000 characters; null clears it." })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Up to 300 characters; null clears it." })
  @IsOptional()
  @MaxLength(300)
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: "Up to 100 characters; null clears it." })
  @IsOptional()
  @MaxLength(100)
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code; null clears it." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: "$property must be an ISO 3166-1 alpha-2 code such as JP" })
  country?: string | null;

  @Field(() => CompanyStatus, { nullable: true, description: "Status; null clears it." })
  @IsOptional()
  status?: CompanyStatus | null;

  @Field(() => String, { nullable: true, description: "Risk summary (up to 1,000 characters)." })
  @IsOptional()
  @MaxLength(1000)
  summary?: string | null;

}
