import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "Where a fact comes from: a verbatim sentence of the source text and its position." })
export class Citation {
  @Field(() => String, { description: 'Section of the report, e.g. "Item 3.D. Risk Factors".' })
  section!: string;

  @Field(() => String, { description: "The quoted text, verbatim from the source." })
  quote!: string;

  @Field(() => Int, {
    description: "Character offset of the quote in the source text (UTF-16 code units, from 0); -1 when the quote is from another source (see `url`).",
  })
  offset!: number;

  @Field(() => String, { nullable: true, description: "URL of the source when it is not the 20-F (citations added by editors)." })
  url?: string | null;
}
