import { ArgsType, Field, ID, Int } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min } from "class-validator";
import { Direction, RelationshipType } from "./enums";
import { IsPartialDate, IsSlug } from "./validators";

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: "Id of the entity (or event) at the centre." })
  @MaxLength(100)
  @IsSlug()
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: "Hops from the centre, 1-4." })
  @Min(1)
  @Max(4)
  depth!: number;

  @Field(() => [RelationshipType], { nullable: true, description: "Follow only these relationship types; all when omitted." })
  @IsOptional()
  @ArrayMaxSize(20)
  types?: RelationshipType[];

  @Field(() => Direction, { defaultValue: Direction.BOTH, description: "Follow relationships out of, into, or both ways from each node." })
  direction!: Direction;

  @Field(() => String, { nullable: true, description: "Only relationships valid on this date (since <= date, until absent or after)." })
  @IsOptional()
  @IsPartialDate()
  asOf?: string;

  @Field(() => Int, { defaultValue: 100, description: "Maximum nodes besides the centre, 1-500 (nearest first)." })
  @Min(1)
  @Max(500)
  limit!: number;
}

@ArgsType()
export class SubgraphArgs {
  @Field(() => [ID], { description: "Ids of the entities to include (1-50)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsSlug()
  ids!: string[];

  @Field(() => Int, { defaultValue: 0, description: "Also include everything within this many hops, 0-3." })
  @Min(0)
  @Max(3)
  depth!: number;

  @Field(() => Int, { defaultValue: 200, description: "Maximum nodes, 1-1000." })
  @Min(1)
  @Max(1000)
  limit!: number;
}

@ArgsType()
export class ShortestPathArgs {
  @Field(() => ID, { description: "Id of the start entity." })
  @MaxLength(100)
  @IsSlug()
  from!: string;

  @Field(() => ID, { description: "Id of the end entity." })
  @MaxLength(100)
  @IsSlug()
  to!: string;

  @Field(() => [RelationshipType], { nullable: true, description: "Follow only these relationship types; all when omitted." })
  @IsOptional()
  @ArrayMaxSize(20)
  types?: RelationshipType[];

  @Field(() => Int, { defaultValue: 6, description: "Longest path to consider, 1-6 hops. Paths ignore direction." })
  @Min(1)
  @Max(6)
  maxDepth!: number;
}

@ArgsType()
export class PathsArgs extends ShortestPathArgs {
  @Field(() => Int, { defaultValue: 10, description: "Maximum paths, 1-50, shortest first." })
  @Min(1)
  @Max(50)
  first!: number;
}
