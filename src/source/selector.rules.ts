/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) for a span of the source:
 * TextQuoteSelector (the exact text with some text before and after it, enough to find it again if offsets
 * shift) and TextPositionSelector (start inclusive, end exclusive). Positions count UTF-16 code units, as
 * citations do; every character of the excerpt is in the Basic Multilingual Plane, so they equal the code
 * points the W3C model counts.
 */

/** The source page's link to an offset: it scrolls to the sentence there and marks it. */
export function sourceHref(offset: number): string {
  return `/source#offset-${offset}`;
}

/** Characters of context on each side of a TextQuoteSelector's exact text. */
export const QUOTE_CONTEXT = 32;

export interface TextQuoteSelector {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface TextPositionSelector {
  readonly start: number;
  readonly end: number;
}

export function textQuoteSelector(
  text: string,
  offset: number,
  length: number,
  context = QUOTE_CONTEXT,
): TextQuoteSelector {
  return {
    exact: text.slice(offset, offset + length),
    prefix: text.slice(Math.max(0, offset - context), offset),
    suffix: text.slice(offset + length, offset + length + context),
  };
}

export function textPositionSelector(offset: number, length: number): TextPositionSelector {
  return { start: offset, end: offset + length };
}
