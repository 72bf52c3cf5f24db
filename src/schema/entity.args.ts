import { ArgsType, Field, ID } from "type-graphql";
import { Matches, MaxLength } from "class-validator";

@ArgsType()
export class EntityArgs {
  @Field(() => ID, { description: "Entity id, e.g. `iij`." })
  @MaxLength(100)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "id must be a lower-case kebab slug such as iij" })
  id!: string;
}
