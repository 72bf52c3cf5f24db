import { innermostSection, sentencesOverlapping, type DocumentSentence } from "./document.rules";
import type { FactRecord, SectionRecord, SentenceRecord } from "./document.store";
import {
  sourceHref,
  textPositionSelector,
  textQuoteSelector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from "./selector.rules";
import { sourceDocument } from "./source-document";

interface CitationLike {
  readonly quote: string;
  readonly offset: number;
  /** What cites the sentences it may overlap, when the statement that read it was asked (stored.projection.ts). */
  readonly citedSentences?: ReadonlyArray<{ id: string; citedBy: FactRecord[] }>;
}

export interface CitationContextRecord {
  sentence: SentenceRecord;
  sentences: SentenceRecord[];
  section: SectionRecord;
  href: string;
}

function toRecord(s: DocumentSentence, citedBy?: FactRecord[]): SentenceRecord {
  return {
    ...(citedBy ? { citedBy } : {}),
    id: s.id,
    offset: s.offset,
    length: s.length,
    text: s.text,
    kind: s.kind,
    sectionId: s.sectionId,
    fragments: s.fragments.map((f) => ({ ...f })),
    href: sourceHref(s.offset),
  };
}

/** A citation of the 20-F in the document: the sentences its quote overlaps and its section; null for another source's. */
export function citationContext(citation: CitationLike): CitationContextRecord | null {
  const doc = sourceDocument();
  if (citation.offset < 0 || citation.offset >= doc.length) return null;
  const cited = new Map(citation.citedSentences?.map((c) => [c.id, c.citedBy]));
  const sentences = sentencesOverlapping(doc, citation.offset, citation.quote.length).map((s) =>
    toRecord(s, cited.get(s.id)),
  );
  const section = innermostSection(doc.sections, citation.offset);
  if (!sentences.length || !section) return null;
  return { sentence: sentences[0]!, sentences, section, href: sourceHref(citation.offset) };
}

/** A citation's W3C selectors over the source text; null for another source's. */
export function citationSelector(
  citation: CitationLike,
): { quote: TextQuoteSelector; position: TextPositionSelector } | null {
  const doc = sourceDocument();
  if (citation.offset < 0 || citation.offset + citation.quote.length > doc.length) return null;
  return {
    quote: textQuoteSelector(doc.text, citation.offset, citation.quote.length),
    position: textPositionSelector(citation.offset, citation.quote.length),
  };
}
