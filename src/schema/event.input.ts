import { Field, Float, ID, InputType } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from "class-validator";
import { ROLES } from "../model/vocabulary";
import { CitedCreateInput, CitedUpdateInput } from "./citation.input";
import { EventKind } from "./enums";
import { Currency } from "./money.args";
import { IsPartialDate, IsSlug } from "./validators";

@InputType({ description: "An amount of money in its currency." })
export class MoneyInput {
  @Field(() => Float, { description: "The amount, 0 to 10^15." })
  @Min(0)
  @Max(1e15)
  amount!: number;

  @Field(() => Currency, { description: "JPY or USD." })
  currency!: Currency;
}

@InputType({ description: "An entity's part in an event." })
export class ParticipantInput {
  @Field(() => ID, { description: "Id of an existing entity." })
  @MaxLength(100)
  @IsSlug()
  entity!: string;

  @Field(() => String, { description: `Role: ${ROLES.join(", ")}.` })
  @IsIn(ROLES, { message: `$property must be one of ${ROLES.join(", ")}` })
  role!: string;
}

@InputType({ description: "A new event. Creating an id that exists changes nothing and returns the stored event." })
export class CreateEventInput extends CitedCreateInput {
  @Field(() => ID, { description: "Client-chosen lower-case kebab id (1-100 characters)." })
  @MaxLength(100)
  @IsSlug()
  id!: string;

  @Field(() => EventKind, { description: "Kind of event." })
  kind!: EventKind;

  @Field(() => String, { description: "Short caption (1-300 characters)." })
  @MinLength(1)
  @MaxLength(300)
  @Matches(/\S/, { message: "$property must not be blank" })
  name!: string;

  @Field(() => String, { nullable: true, description: "Date at the source's precision: YYYY, YYYY-MM or YYYY-MM-DD." })
  @IsOptional()
  @IsPartialDate()
  date?: string;

  @Field(() => MoneyInput, { nullable: true, description: "Amount involved." })
  @IsOptional()
  @ValidateNested()
  amount?: MoneyInput;

  @Field(() => Float, { nullable: true, description: "Stake acquired or held after the event, 0-100 percent." })
  @IsOptional()
  @Min(0)
  @Max(100)
  stake?: number;

  @Field(() => String, { nullable: true, description: "What happened (up to 2,000 characters)." })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => [ParticipantInput], { description: "1-20 participants, each an existing entity." })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested()
  participants!: ParticipantInput[];

}

@InputType({ description: "Changes to an event: omitted fields stay, null clears an optional one. Its kind never changes." })
export class UpdateEventInput extends CitedUpdateInput {
  @Field(() => ID, { description: "Id of the event." })
  @MaxLength(100)
  @IsSlug()
  id!: string;

  @Field(() => String, { nullable: true, description: "Short caption (1-300 characters)." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  @Matches(/\S/, { message: "$property must not be blank" })
  name?: string;

  @Field(() => String, { nullable: true, description: "Date (YYYY, YYYY-MM or YYYY-MM-DD); null clears it." })
  @IsOptional()
  @IsPartialDate()
  date?: string | null;

  @Field(() => MoneyInput, { nullable: true, description: "Amount; null clears it." })
  @IsOptional()
  @ValidateNested()
  amount?: MoneyInput | null;

  @Field(() => Float, { nullable: true, description: "Stake, 0-100 percent; null clears it." })
  @IsOptional()
  @Min(0)
  @Max(100)
  stake?: number | null;

  @Field(() => String, { nullable: true, description: "Up to 2,000 characters; null clears it." })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => [ParticipantInput], { nullable: true, description: "Replaces the participants (1-20) when given." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested()
  participants?: ParticipantInput[];

}
