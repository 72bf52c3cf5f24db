import { ArrayMaxSize, ArrayMinSize, Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { EntityGroupKey, EventGroupKey, RelationshipGroupKey } from "./aggregate.type";

@ArgsType()
export class EntityGroupByArgs {
  @Field(() => [EntityGroupKey], { description: "What to group by (1-3 keys); a group for each combination found." })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  by!: EntityGroupKey[];

  @Field(() => Int, { defaultValue: 50, description: "Maximum groups, 1-100, largest first (then by key)." })
  @Min(1)
  @Max(100)
  first!: number;
}

@ArgsType()
export class RelationshipGroupByArgs {
  @Field(() => [RelationshipGroupKey], {
    description: "What to group by (1-3 keys); a group for each combination found. SEGMENT counts an item once per segment.",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  by!: RelationshipGroupKey[];

  @Field(() => Int, { defaultValue: 50, description: "Maximum groups, 1-100, largest first (then by key)." })
  @Min(1)
  @Max(100)
  first!: number;
}

@ArgsType()
export class EventGroupByArgs {
  @Field(() => [EventGroupKey], {
    description: "What to group by (1-3 keys); a group for each combination found. ROLE counts an event once per role in it.",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  by!: EventGroupKey[];

  @Field(() => Int, { defaultValue: 50, description: "Maximum groups, 1-100, largest first (then by key)." })
  @Min(1)
  @Max(100)
  first!: number;
}
