import { ArgsType, Field, ID, Int } from "type-graphql";
import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { ChainDirection } from "./enums";
import { IsPartialDate, IsSlug } from "./validators";

@ArgsType()
export class OwnershipChainArgs {
  @Field(() => ID, { description: "Id of the entity." })
  @MaxLength(100)
  @IsSlug()
  id!: string;

  @Field(() => ChainDirection, { defaultValue: ChainDirection.UP, description: "UP: its owners; DOWN: its holdings." })
  direction!: ChainDirection;

  @Field(() => Int, { defaultValue: 4, description: "Longest chain, 1-6 links." })
  @Min(1)
  @Max(6)
  maxDepth!: number;

  @Field(() => String, { nullable: true, description: "Only stakes valid on this date." })
  @IsOptional()
  @IsPartialDate()
  asOf?: string;
}

@ArgsType()
export class CorporateGroupArgs {
  @Field(() => ID, { description: "Id of the group's parent, e.g. `iij`." })
  @MaxLength(100)
  @IsSlug()
  id!: string;

  @Field(() => String, { nullable: true, description: "Only holdings valid on this date." })
  @IsOptional()
  @IsPartialDate()
  asOf?: string;
}
