import { ArgsType, Field, ID, Int } from "type-graphql";
import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { IsSlug } from "./validators";

/** Longest range `sourceText` returns. */
export const MAX_SOURCE_TEXT = 10_000;
/** Past the end of any text this project holds (the excerpt has about 28,500 characters). */
export const MAX_OFFSET = 1_000_000;

@ArgsType()
export class SourceTextArgs {
  @Field(() => Int, { description: "Where the range starts (UTF-16 code units from 0); less than the text's length." })
  @Min(0)
  @Max(MAX_OFFSET)
  offset!: number;

  @Field(() => Int, { description: `Characters to return, 1-${MAX_SOURCE_TEXT}; the range is cut at the end of the text.` })
  @Min(1)
  @Max(MAX_SOURCE_TEXT)
  length!: number;
}

@ArgsType()
export class SentencesArgs {
  @Field(() => ID, { nullable: true, description: "Only this section's sentences (an item's include its risk factors'); all when omitted." })
  @IsOptional()
  @MaxLength(100)
  @IsSlug()
  sectionId?: string;

  @Field(() => Boolean, { nullable: true, description: "Only sentences something cites (true) or nothing cites (false); all when omitted." })
  @IsOptional()
  cited?: boolean;

  @Field(() => Int, { defaultValue: 20, description: "Page size, 1-200." })
  @Min(1)
  @Max(200)
  first!: number;

  @Field(() => String, { nullable: true, description: "Cursor after which the page starts (`pageInfo.endCursor`)." })
  @IsOptional()
  @MaxLength(200)
  after?: string;
}

@ArgsType()
export class SentenceArgs {
  @Field(() => Int, { description: "An offset in the source text (UTF-16 code units from 0), e.g. a citation's." })
  @Min(0)
  @Max(MAX_OFFSET)
  offset!: number;
}

@ArgsType()
export class SearchTextArgs {
  @Field(() => String, { description: "Words to find (1-200 characters); each must match, as a word or a word's start." })
  @MaxLength(200)
  text!: string;

  @Field(() => Int, { defaultValue: 10, description: "Maximum hits, 1-50, best first." })
  @Min(1)
  @Max(50)
  first!: number;
}
