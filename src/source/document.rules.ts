import { splitSentences, type SentenceKind, type Span } from "./sentence-splitter.rules";

/** seed/document.yaml: what the document and its sections are called, and how each section's first line opens. */
export interface DocumentOutline {
  readonly title: string;
  readonly source: string;
  readonly period: string;
  readonly sections: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly parent?: string | null;
    /** The verbatim opening of the section's heading; null for a section the excerpt starts inside. */
    readonly heading: string | null;
  }>;
}

export interface DocumentSection {
  readonly id: string;
  readonly title: string;
  readonly parentId: string | null;
  /** 1 for an item, 2 for a risk factor inside Item 3.D. */
  readonly level: number;
  /** Where its heading starts (0 for the section the excerpt starts inside). */
  readonly offset: number;
  /** Up to the next section of the same or a higher level, or the end of the text. */
  readonly length: number;
}

export interface DocumentSentence {
  /** `s-<offset>`: stable while the source text does not change. */
  readonly id: string;
  readonly offset: number;
  readonly length: number;
  readonly fragments: readonly Span[];
  readonly text: string;
  /** The splitter's kind, or HEADING for a section's heading. */
  readonly kind: SentenceKind | "HEADING";
  /** The innermost section it stands in. */
  readonly sectionId: string;
}

export interface SourceDocument {
  readonly title: string;
  readonly source: string;
  readonly period: string;
  readonly text: string;
  readonly length: number;
  readonly sections: readonly DocumentSection[];
  readonly sentences: readonly DocumentSentence[];
}

/** Raised when the outline does not fit the text (a heading not found, out of order, an unknown parent). */
export class OutlineError extends Error {
  override readonly name = "OutlineError";
}

/** The document model: sections found by their headings, sentences from the splitter, each in its section. */
export function buildDocument(text: string, outline: DocumentOutline): SourceDocument {
  const units = splitSentences(text);
  const ids = new Set(outline.sections.map((s) => s.id));
  let previous = -1;
  const starts = outline.sections.map((s) => {
    if (s.parent && !ids.has(s.parent))
      throw new OutlineError(`section ${s.id}: unknown parent ${s.parent}`);
    const offset =
      s.heading === null
        ? 0
        : (units.find((u) => u.offset > previous && u.text.startsWith(s.heading!))?.offset ?? -1);
    if (offset < 0 || offset < previous)
      throw new OutlineError(`section ${s.id}: heading not found after offset ${previous}`);
    previous = offset;
    return { ...s, offset, level: s.parent ? 2 : 1 };
  });
  const sections: DocumentSection[] = starts.map((s, i) => {
    const next = starts.slice(i + 1).find((n) => n.level <= s.level);
    return {
      id: s.id,
      title: s.title,
      parentId: s.parent ?? null,
      level: s.level,
      offset: s.offset,
      length: (next?.offset ?? text.length) - s.offset,
    };
  });
  const headings = new Set(starts.filter((s) => s.heading !== null).map((s) => s.offset));
  const sentences: DocumentSentence[] = units.map((u) => ({
    id: `s-${u.offset}`,
    offset: u.offset,
    length: u.length,
    fragments: u.fragments,
    text: u.text,
    kind: headings.has(u.offset) ? "HEADING" : u.kind,
    sectionId: innermostSection(sections, u.offset)!.id,
  }));
  return {
    title: outline.title,
    source: outline.source,
    period: outline.period,
    text,
    length: text.length,
    sections,
    sentences,
  };
}

/** The deepest section that holds this offset. */
export function innermostSection(
  sections: readonly DocumentSection[],
  offset: number,
): DocumentSection | undefined {
  let found: DocumentSection | undefined;
  for (const s of sections) {
    if (offset >= s.offset && offset < s.offset + s.length && (!found || s.level > found.level))
      found = s;
  }
  return found;
}

const within = (f: Span, offset: number) => offset >= f.offset && offset < f.offset + f.length;

/**
 * The sentence one of whose fragments holds this offset (the text between a sentence's fragments, such as a
 * footnote a page break left there, belongs to the sentence found there); undefined between sentences.
 */
export function sentenceAt(doc: SourceDocument, offset: number): DocumentSentence | undefined {
  return doc.sentences.find((s) => s.fragments.some((f) => within(f, offset)));
}

/** Every sentence one of whose fragments overlaps [offset, offset + length), in text order. */
export function sentencesOverlapping(
  doc: SourceDocument,
  offset: number,
  length: number,
): DocumentSentence[] {
  const end = offset + Math.max(length, 1);
  return doc.sentences.filter((s) =>
    s.fragments.some((f) => f.offset < end && offset < f.offset + f.length),
  );
}
