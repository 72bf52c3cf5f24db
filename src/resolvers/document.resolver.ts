import type DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import {
  getCoverage,
  getDocument,
  getSentence,
  citedByLoader,
  getSourceText,
  listSentences,
  searchSentences,
  type FactRecord,
  type SentenceRecord,
} from "../source/document.store";
import { citationContext, citationSelector } from "../source/citation-source";
import { Citation } from "../schema/citation.type";
import {
  SearchTextArgs,
  SentenceArgs,
  SentencesArgs,
  SourceTextArgs,
} from "../schema/document.args";
import {
  CitationContext,
  CitationSelector,
  Coverage,
  Sentence,
  SentenceConnection,
  SentenceHit,
  SourceDocument,
  SourceFact,
} from "../schema/document.type";

/**
 * One citedBy loader per request, for sentences made without it: a citation's context in a write's answer (read
 * before the write's links are merged) or of what is not projected by a statement (exchange rates, changes, `knownAt`).
 */
const loaders = new WeakMap<RequestContext, DataLoader<string, FactRecord[]>>();
function citedBy(ctx: RequestContext): DataLoader<string, FactRecord[]> {
  let loader = loaders.get(ctx);
  if (!loader) loaders.set(ctx, (loader = citedByLoader(ctx.db)));
  return loader;
}

@Resolver()
export class DocumentResolver {
  @Query(() => SourceDocument, {
    description: "The source text as a document: its title, period, length and sections.",
  })
  document(@Ctx() ctx: RequestContext): Promise<SourceDocument> {
    return getDocument(ctx.db) as Promise<SourceDocument>;
  }

  @Query(() => String, {
    description:
      "A range of the source text, verbatim (at most 10,000 characters, cut at the end of the text).",
  })
  sourceText(
    @Args(() => SourceTextArgs) args: SourceTextArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return getSourceText(ctx.db, args.offset, args.length);
  }

  @Query(() => SentenceConnection, {
    description:
      "Sentences in text order, of a section or the whole text, cited or not, a page at a time.",
  })
  sentences(
    @Args(() => SentencesArgs) args: SentencesArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SentenceConnection> {
    return listSentences(ctx.db, info, args) as Promise<SentenceConnection>;
  }

  @Query(() => Sentence, {
    nullable: true,
    description:
      "The sentence at an offset of the text (e.g. a citation's); null between sentences.",
  })
  sentence(
    @Args(() => SentenceArgs) args: SentenceArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Sentence | null> {
    return getSentence(ctx.db, info, args.offset) as Promise<Sentence | null>;
  }

  @Query(() => [SentenceHit], {
    description:
      "Sentences ranked by a full-text index over the source; select `sentence { citedBy }` for their facts.",
  })
  searchText(
    @Args(() => SearchTextArgs) args: SearchTextArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SentenceHit[]> {
    return searchSentences(ctx.db, info, args.text, args.first) as Promise<SentenceHit[]>;
  }

  @Query(() => Coverage, {
    description: "How many sentences of the source the graph cites, and how many it does not.",
  })
  coverage(@Ctx() ctx: RequestContext): Promise<Coverage> {
    return getCoverage(ctx.db);
  }
}

@Resolver(() => Sentence)
export class SentenceFieldsResolver {
  @FieldResolver(() => [SourceFact], {
    description:
      "The entities, relationships, events and exchange rates whose citations quote this sentence: entities first, then relationships, events and exchange rates, each kind by id.",
  })
  citedBy(
    @Root() sentence: SentenceRecord,
    @Ctx() ctx: RequestContext,
  ): SourceFact[] | Promise<SourceFact[]> {
    // Read with the sentence by the statement that read it (sentence.projection.ts, and a citation's
    // `citedSentences`); else loaded, for all such sentences of the request in one statement.
    return (sentence.citedBy ?? citedBy(ctx).load(sentence.id)) as
      SourceFact[] | Promise<SourceFact[]>;
  }
}

@Resolver(() => Citation)
export class CitationSourceResolver {
  @FieldResolver(() => CitationContext, {
    nullable: true,
    description:
      "The quote's whole sentence and section in the source, and its link on the source page; null for a citation of another source (`url`).",
  })
  context(@Root() citation: Citation): CitationContext | null {
    return citationContext(citation) as CitationContext | null;
  }

  @FieldResolver(() => CitationSelector, {
    nullable: true,
    description:
      "The quote as W3C Web Annotation selectors (TextQuoteSelector, TextPositionSelector); null for a citation of another source.",
  })
  selector(@Root() citation: Citation): CitationSelector | null {
    return citationSelector(citation);
  }
}
