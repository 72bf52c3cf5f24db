import { ArgsType, Field, ID } from "type-graphql";
import { MaxLength, ValidateNested } from "class-validator";
import { CitationInput } from "./citation.input";
import { IsSlug } from "./validators";

@ArgsType()
export class DeleteArgs {
  @Field(() => ID, { description: "Id of the item to delete." })
  @MaxLength(100)
  @IsSlug()
  id!: string;

  @Field(() => CitationInput, { description: "Why: the source that says the fact no longer stands, or was wrong (logged)." })
  @ValidateNested()
  citation!: CitationInput;
}
