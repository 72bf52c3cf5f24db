import { Field, InputType } from "type-graphql";
import { IsOptional, IsUrl, Matches, MaxLength, MinLength } from "class-validator";

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
