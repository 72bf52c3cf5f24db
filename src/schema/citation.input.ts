import { Field, InputType } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from "class-validator";

/** Every write cites its source: a verbatim quote of the 20-F (offset computed), or any text with a `url`. */
@InputType({ description: "Where a written fact comes from. Without `url` the quote must stand verbatim in the 20-F." })
export class CitationInput {
  @Field(() => String, { description: 'Section of the source, e.g. "Item 4.B. Business Overview" (1-200 characters).' })
  @MinLength(1)
  @MaxLength(200)
  @Matches(/\S/, { message: "$property must not be blank" })
  section!: string;

  @Field(() => String, {
    description: "The quoted text (1-2,000 characters). Without `url` it must be found verbatim in the 20-F; its offset is computed.",
  })
  @MinLength(1)
  @MaxLength(2000)
  @Matches(/\S/, { message: "$property must not be blank" })
  quote!: string;

  @Field(() => String, { nullable: true, description: "http(s) URL of a source other than the 20-F (up to 500 characters)." })
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "$property must be an http(s) URL" })
  url?: string;
}

/** What every create input carries: its sources, 1-10 citations (declared once for entities, relationships, events). */
@InputType("CitedCreateInput", { description: "Not in the schema: the base of every create input." })
export abstract class CitedCreateInput {
  @Field(() => [CitationInput], { description: "1-10 citations." })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested()
  citations!: CitationInput[];
}

/** What every update input carries: the one citation of the change (declared once for entities, relationships, events). */
@InputType("CitedUpdateInput", { description: "Not in the schema: the base of every update input." })
export abstract class CitedUpdateInput {
  @Field(() => CitationInput, { description: "Where the change comes from; added to the item's citations." })
  @ValidateNested()
  citation!: CitationInput;
}
