import { ArrayMaxSize, ArrayMinSize, MaxLength } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";

@ArgsType()
export class NodeArgs {
  @Field(() => ID, { description: "Any id of the graph: an entity's, an event's, a relationship's or an exchange rate's." })
  @MaxLength(200)
  id!: string;
}

@ArgsType()
export class NodesArgs {
  @Field(() => [ID], { description: "1-100 ids of the graph; the answer keeps their order." })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @MaxLength(200, { each: true })
  ids!: string[];
}
