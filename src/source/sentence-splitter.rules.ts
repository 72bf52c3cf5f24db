/**
 * Splits the 20-F excerpt into sentences with their offsets. Pure: the text in, spans out.
 *
 * The excerpt is OCR output of a printed report, so a "sentence" is not always one run of characters:
 * - a page break can cut a sentence in two paragraphs ("... we will be able to" / "keep or attract ..."), and
 *   a page's footnote can stand between the two halves ("... with the exception of" / "The noon buying rate
 *   on July 3, 2007 was ..." / "positive operating income ..."): such a sentence has two fragments, and the
 *   footnote between them is a sentence of its own;
 * - bullet lists ("- ", "- · ", continuation lines indented by a space) give one unit per item;
 * - the exchange-rate table gives one unit per row (its cells are tab-separated);
 * - footnotes open with a marker ("⁽¹⁾") that is not part of the sentence.
 *
 * Offsets are indexes into the text as a JavaScript string (UTF-16 code units), as citations use them.
 */

export type SentenceKind = "SENTENCE" | "LIST_ITEM" | "TABLE_ROW" | "FOOTNOTE";

/** A run of source characters: [offset, offset + length). */
export interface Span {
  readonly offset: number;
  readonly length: number;
}

export interface SentenceSpan {
  /** Start of the first fragment. */
  readonly offset: number;
  /** From the start of the first fragment to the end of the last one (text between fragments included). */
  readonly length: number;
  /** The runs of source text that make up the sentence, in order; one unless a page break cut it. */
  readonly fragments: readonly Span[];
  /** The fragments' text joined by one space (for one fragment, the source text verbatim). */
  readonly text: string;
  readonly kind: SentenceKind;
}

interface Paragraph {
  readonly offset: number;
  readonly text: string;
  readonly kind: "PROSE" | "LIST" | "TABLE" | "FOOTNOTE";
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "messrs", "no", "e.g", "i.e", "etc", "vs"]);

const FOOTNOTE_MARKER = /^(?:⁽[\d\u00b9\u00b2\u00b3\u2070-\u2079]+⁾|\(\d+\))\s*/;
const LIST_MARKER = /^[-•·](?:\s*·)?\s+/;
/** A paragraph whose text ends like this is complete; any other ends at a page break. */
const TERMINATED = /[.:;!?]["”’)]*$/;

/** Paragraphs: runs of text separated by blank lines, classified by their first line. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) return;
    const offset = from + lead;
    const kind = body.split("\n").some((line) => line.includes("\t"))
      ? "TABLE"
      : LIST_MARKER.test(body)
        ? "LIST"
        : FOOTNOTE_MARKER.test(body)
          ? "FOOTNOTE"
          : "PROSE";
    out.push({ offset, text: body, kind });
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return out;
}

const startsLowerCase = (p: Paragraph | undefined) => p !== undefined && /^[a-z]/.test(p.text);
const isProse = (p: Paragraph | undefined) => p?.kind === "PROSE";

/**
 * Prose paragraphs joined across page breaks: each group is the paragraphs one run of sentences reads through.
 * A paragraph that does not end a sentence continues in the next prose paragraph, or, when the next one is a
 * complete paragraph and the one after it starts in lower case, in that one (the page's footnote stood between).
 */
function joinPageBreaks(paras: Paragraph[]): { groups: Paragraph[][]; interposed: Set<Paragraph> } {
  const groups: Paragraph[][] = [];
  const interposed = new Set<Paragraph>();
  const used = new Set<number>();
  for (let i = 0; i < paras.length; i++) {
    if (used.has(i)) continue;
    const group = [paras[i]!];
    used.add(i);
    let j = i;
    while (isProse(paras[j]) && !TERMINATED.test(paras[j]!.text)) {
      const next = paras[j + 1];
      const after = paras[j + 2];
      if (
        isProse(next) &&
        TERMINATED.test(next!.text) &&
        !startsLowerCase(next) &&
        isProse(after) &&
        startsLowerCase(after)
      ) {
        interposed.add(next!);
        j += 2;
      } else if (isProse(next)) {
        j += 1;
      } else break;
      group.push(paras[j]!);
      used.add(j);
    }
    groups.push(group);
  }
  return { groups, interposed };
}

/** Ends of sentences in a run of prose: indexes just after the closing punctuation. */
export function sentenceEnds(prose: string): number[] {
  const ends: number[] = [];
  const boundary = /[.!?]["”’)]*(?=\s+["“(]?[A-Z0-9¥])/g;
  for (const match of prose.matchAll(boundary)) {
    if (match[0].startsWith(".")) {
      const word =
        /([A-Za-z.]+)$/.exec(prose.slice(Math.max(0, match.index - 12), match.index))?.[1] ?? "";
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      // Initials such as "U.S." or "K.K." (a single letter before the full stop).
      if (/(?:^|\.)[A-Z]$/.test(word)) continue;
    }
    ends.push(match.index + match[0].length);
  }
  return ends;
}

/** Splits a group of fragments (one paragraph, or several joined across page breaks) into sentences. */
function splitProse(
  fragments: Array<{ offset: number; text: string }>,
  kind: SentenceKind,
): SentenceSpan[] {
  // The fragments joined by one space; `starts[k]` is where fragment k begins in the joined text.
  const starts: number[] = [];
  let joined = "";
  for (const f of fragments) {
    if (joined) joined += " ";
    starts.push(joined.length);
    joined += f.text;
  }
  const toSource = (from: number, to: number): Span[] => {
    const spans: Span[] = [];
    fragments.forEach((f, k) => {
      const a = Math.max(from, starts[k]!);
      const b = Math.min(to, starts[k]! + f.text.length);
      if (b > a) spans.push({ offset: f.offset + a - starts[k]!, length: b - a });
    });
    return spans;
  };
  const out: SentenceSpan[] = [];
  let from = 0;
  for (const end of [...sentenceEnds(joined), joined.length]) {
    let a = from;
    while (a < end && /\s/.test(joined[a]!)) a++;
    from = end;
    if (a >= end) continue;
    out.push(sentence(toSource(a, end), joined.slice(a, end), kind));
  }
  return out;
}

function sentence(spans: Span[], text: string, kind: SentenceKind): SentenceSpan {
  const first = spans[0]!;
  const last = spans[spans.length - 1]!;
  return {
    offset: first.offset,
    length: last.offset + last.length - first.offset,
    fragments: spans,
    text,
    kind,
  };
}

/** One unit per table row: a line of the paragraph, its cells tab-separated, empty trailing cells left out. */
function splitTable(p: Paragraph): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let offset = p.offset;
  for (const line of p.text.split("\n")) {
    const body = line.trimEnd();
    if (body.trim()) out.push(sentence([{ offset, length: body.length }], body, "TABLE_ROW"));
    offset += line.length + 1;
  }
  return out;
}

/** One unit per item: an item starts at a line with a list marker; indented lines continue it. */
function splitList(p: Paragraph): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const lines = p.text.split("\n");
  let offset = p.offset;
  let item: { offset: number; end: number } | undefined;
  const flush = () => {
    if (item)
      out.push(
        sentence([{ offset: item.offset, length: item.end - item.offset }], "", "LIST_ITEM"),
      );
  };
  for (const line of lines) {
    const marker = LIST_MARKER.exec(line);
    const end = offset + line.trimEnd().length;
    if (marker) {
      flush();
      item = { offset: offset + marker[0].length, end };
    } else if (item && line.trim()) {
      item.end = end;
    }
    offset += line.length + 1;
  }
  flush();
  return out;
}

/** Sentences of the whole text, in order of their first character. */
export function splitSentences(text: string): SentenceSpan[] {
  const paras = paragraphs(text);
  const { groups, interposed } = joinPageBreaks(paras);
  const out: SentenceSpan[] = [];
  for (const group of groups) {
    const first = group[0]!;
    if (first.kind === "TABLE") out.push(...splitTable(first));
    else if (first.kind === "LIST") out.push(...splitList(first));
    else if (first.kind === "FOOTNOTE") {
      const marker = FOOTNOTE_MARKER.exec(first.text)![0].length;
      out.push(
        ...splitProse(
          [{ offset: first.offset + marker, text: first.text.slice(marker) }],
          "FOOTNOTE",
        ),
      );
    } else {
      out.push(...splitProse(group, interposed.has(first) ? "FOOTNOTE" : "SENTENCE"));
    }
  }
  // List items carry no text yet (their spans are exact); fill it from the source.
  return out
    .map((s) => (s.text ? s : { ...s, text: text.slice(s.offset, s.offset + s.length) }))
    .sort((a, b) => a.offset - b.offset);
}
