export interface CitationRecord {
  section: string;
  quote: string;
  offset: number;
  /** Set for citations of sources other than the 20-F (written by editors). */
  url?: string | null;
}

type Props = Record<string, unknown>;

/**
 * Citations stored as parallel arrays (citeSection, citeQuote, citeOffset, citeUrl) back to objects, for the
 * exports and graph views that present whole nodes (the GraphQL reads decode them in Cypher:
 * src/translate/stored.projection.ts).
 */
export function citationsOf(props: Props): CitationRecord[] {
  const sections = (props.citeSection as string[] | undefined) ?? [];
  const quotes = (props.citeQuote as string[] | undefined) ?? [];
  const offsets = (props.citeOffset as number[] | undefined) ?? [];
  const urls = (props.citeUrl as string[] | undefined) ?? [];
  return quotes.map((quote, i) => ({
    section: sections[i] ?? "",
    quote,
    offset: Number(offsets[i] ?? 0),
    ...(urls[i] ? { url: urls[i] } : {}),
  }));
}
