import { sourceHref } from "../source/selector.rules";

/** A place in the 20-F a GraphQL result cites: a citation, or a sentence of the source. */
export interface CitedSource {
  readonly offset: number;
  readonly section: string | null;
  /** The quote (a citation) or the sentence's text. */
  readonly text: string;
  /** Its place on the source page: `/source#offset-<offset>`. */
  readonly href: string;
}

/** At most this many places are listed for one result (a large result cites hundreds). */
export const MAX_CITED_SOURCES = 200;

/**
 * The places in the source a GraphQL result cites, once each, in source order: every object with an `offset`
 * (a whole number, not -1: that is another source) beside a `quote` (a Citation) or a `text` (a Sentence).
 */
export function citedSources(result: unknown, max = MAX_CITED_SOURCES): CitedSource[] {
  const found = new Map<number, CitedSource>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 64 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const o = value as Record<string, unknown>;
    const text = typeof o.quote === "string" ? o.quote : typeof o.text === "string" ? o.text : null;
    if (Number.isInteger(o.offset) && (o.offset as number) >= 0 && text !== null) {
      const offset = o.offset as number;
      if (!found.has(offset))
        found.set(offset, {
          offset,
          section: typeof o.section === "string" ? o.section : null,
          text,
          href: sourceHref(offset),
        });
    }
    for (const child of Object.values(o)) visit(child, depth + 1);
  };
  visit(result, 0);
  return [...found.values()].sort((a, b) => a.offset - b.offset).slice(0, max);
}
