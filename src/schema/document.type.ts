import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "./connection.type";

export enum SentenceKind {
  SENTENCE = "SENTENCE",
  HEADING = "HEADING",
  LIST_ITEM = "LIST_ITEM",
  TABLE_ROW = "TABLE_ROW",
  FOOTNOTE = "FOOTNOTE",
}
registerEnumType(SentenceKind, {
  name: "SentenceKind",
  description:
    "What a unit of the source text is: a sentence of prose, a section's heading, an item of a bullet list (its marker left out), a row of the exchange-rate table (cells tab-separated), or a footnote (its marker left out; also the page footnote the OCR left inside a cut sentence).",
});

export enum FactKind {
  ENTITY = "ENTITY",
  RELATIONSHIP = "RELATIONSHIP",
  EVENT = "EVENT",
  EXCHANGE_RATE = "EXCHANGE_RATE",
}
registerEnumType(FactKind, { name: "FactKind", description: "What kind of item of the graph a fact is." });

@ObjectType({ simpleResolvers: true, description: "A section of the source: an item of Form 20-F, or a risk factor inside Item 3.D." })
export class Section {
  @Field(() => ID, { description: 'Stable id, e.g. "item-3d" or "item-3d-competition".' })
  id!: string;

  @Field(() => String, { description: 'Title, as citations name it, e.g. "Item 3.D. Risk Factors / Competition".' })
  title!: string;

  @Field(() => ID, { nullable: true, description: "The enclosing section (Item 3.D for a risk factor); null for an item." })
  parentId!: string | null;

  @Field(() => Int, { description: "1 for an item, 2 for a risk factor." })
  level!: number;

  @Field(() => Int, { description: "Where the section's heading starts in the text (UTF-16 code units from 0)." })
  offset!: number;

  @Field(() => Int, { description: "Characters up to the next section of the same or a higher level (an item spans its risk factors)." })
  length!: number;
}

@ObjectType({ simpleResolvers: true, description: "The source text: the excerpt of the 20-F every citation quotes." })
export class SourceDocument {
  @Field(() => ID, { description: "Id of the document node in Neo4j." })
  id!: string;

  @Field(() => String, { description: "Title of the report and of the excerpt." })
  title!: string;

  @Field(() => String, { description: "The text's file in the project (seed/), which citations' offsets index." })
  source!: string;

  @Field(() => String, { description: 'The period the report covers, as an ISO 8601 interval ("2006-04-01/2007-03-31": fiscal year 2007).' })
  period!: string;

  @Field(() => Int, { description: "Length of the text in UTF-16 code units (every character of the excerpt is one)." })
  length!: number;

  @Field(() => [Section], { description: "Its sections in text order, items before the risk factors they hold." })
  sections!: Section[];
}

@ObjectType({ simpleResolvers: true, description: "A run of source characters." })
export class TextSpan {
  @Field(() => Int, { description: "Start (UTF-16 code units from 0)." })
  offset!: number;

  @Field(() => Int, { description: "Length in UTF-16 code units." })
  length!: number;
}

@ObjectType({ simpleResolvers: true, description: "An item of the graph that cites a sentence, with the citation that does." })
export class SourceFact {
  @Field(() => ID, { description: "Id of the entity, event, exchange rate or relationship." })
  id!: string;

  @Field(() => FactKind, { description: "Entity, relationship, event or exchange rate." })
  kind!: FactKind;

  @Field(() => String, { description: 'Its label or relationship type: "Company", "Investment", "OWNS", "ExchangeRate", ...' })
  type!: string;

  @Field(() => String, { description: 'Its name; for a relationship "<from name> <TYPE> <to name>".' })
  name!: string;

  @Field(() => ID, { nullable: true, description: "For a relationship: the id of its start node." })
  from!: string | null;

  @Field(() => ID, { nullable: true, description: "For a relationship: the id of its end node." })
  to!: string | null;

  @Field(() => String, { description: "The citation's quote (it may run over into other sentences)." })
  quote!: string;

  @Field(() => Int, { description: "The citation's offset in the source text." })
  offset!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "A unit of the source text (a sentence, heading, list item, table row or footnote) and what cites it.",
})
export class Sentence {
  @Field(() => ID, { description: "`s-<offset>`: stable while the source text does not change." })
  id!: string;

  @Field(() => Int, { description: "Where it starts in the text (UTF-16 code units from 0)." })
  offset!: number;

  @Field(() => Int, { description: "From its start to the end of its last fragment (a footnote between fragments included)." })
  length!: number;

  @Field(() => String, { description: "Its text: the fragments joined by one space (one fragment: the source verbatim)." })
  text!: string;

  @Field(() => SentenceKind, { description: "Sentence, heading, list item, table row or footnote." })
  kind!: SentenceKind;

  @Field(() => ID, { description: "Id of the innermost section it stands in." })
  sectionId!: string;

  @Field(() => [TextSpan], { description: "The runs of text it is made of: one, or two where a page break cut it." })
  fragments!: TextSpan[];

  @Field(() => String, { description: "Link to it on the source page: `/source#offset-<offset>`." })
  href!: string;
}

@ObjectType({ simpleResolvers: true, description: "A sentence in a page, with its cursor." })
export class SentenceEdge {
  @Field(() => Sentence, { description: "The sentence." })
  node!: Sentence;

  @Field(() => String, { description: "Opaque cursor of this item." })
  cursor!: string;
}

@ObjectType({ simpleResolvers: true, description: "A page of sentences in text order." })
export class SentenceConnection {
  @Field(() => [SentenceEdge], { description: "The items of this page." })
  edges!: SentenceEdge[];

  @Field(() => PageInfo, { description: "Where this page stands." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of sentences matching the arguments, over all pages." })
  totalCount!: number;
}

@ObjectType({ simpleResolvers: true, description: "A sentence found by `searchText`, with its relevance." })
export class SentenceHit {
  @Field(() => Sentence, { description: "The sentence; select `citedBy` for its facts." })
  sentence!: Sentence;

  @Field(() => Float, { description: "Lucene relevance score; higher is better." })
  score!: number;
}

@ObjectType({ simpleResolvers: true, description: "How much of the source the graph cites." })
export class Coverage {
  @Field(() => Int, { description: "Units of the source text (sentences, headings, list items, table rows, footnotes)." })
  sentences!: number;

  @Field(() => Int, { description: "Of those, the ones at least one entity, relationship, event or exchange rate cites." })
  cited!: number;

  @Field(() => Int, { description: "The ones nothing cites (`sentences(cited: false)` lists them)." })
  uncited!: number;
}

@ObjectType({ simpleResolvers: true, description: "W3C Web Annotation TextQuoteSelector: the quote with the text just before and after it." })
export class TextQuoteSelector {
  @Field(() => String, { description: "The quoted text, verbatim." })
  exact!: string;

  @Field(() => String, { description: "Up to 32 characters of the text just before it." })
  prefix!: string;

  @Field(() => String, { description: "Up to 32 characters of the text just after it." })
  suffix!: string;
}

@ObjectType({ simpleResolvers: true, description: "W3C Web Annotation TextPositionSelector: start inclusive, end exclusive." })
export class TextPositionSelector {
  @Field(() => Int, { description: "Offset of the first character." })
  start!: number;

  @Field(() => Int, { description: "Offset just after the last character." })
  end!: number;
}

@ObjectType({ simpleResolvers: true, description: "The W3C Web Annotation selectors of a citation in the source text." })
export class CitationSelector {
  @Field(() => TextQuoteSelector, { description: "Finds the quote by its text." })
  quote!: TextQuoteSelector;

  @Field(() => TextPositionSelector, { description: "Finds the quote by its position." })
  position!: TextPositionSelector;
}

@ObjectType({ simpleResolvers: true, description: "Where a citation stands in the source: its whole sentence and its section." })
export class CitationContext {
  @Field(() => Sentence, { description: "The sentence the quote starts in." })
  sentence!: Sentence;

  @Field(() => [Sentence], { description: "Every sentence the quote overlaps (more than one when it runs over)." })
  sentences!: Sentence[];

  @Field(() => Section, { description: "The innermost section the quote starts in." })
  section!: Section;

  @Field(() => String, { description: "Link to the quote on the source page: `/source#offset-<offset>`." })
  href!: string;
}
