/**
 * How citations and money are stored on nodes and relationships (Neo4j properties cannot hold maps): the one
 * codec the seed load and the mutations write with, the exports decode with, and whose property names the
 * translator reads (src/translate/stored.projection.ts).
 */

/** A citation: `offset` is the quote's place in the 20-F, -1 for another source (then `url` is set). */
export interface StoredCitation {
  section: string;
  quote: string;
  offset: number;
  /** The source when it is not the 20-F; "" (stored) or absent for the 20-F. */
  url?: string | null;
}

/** The parallel lists a citation is stored in, one entry per citation. */
export const CITATION_LISTS = {
  section: "citeSection",
  quote: "citeQuote",
  offset: "citeOffset",
  url: "citeUrl",
} as const;

type Props = Record<string, unknown>;

/** Citations as stored: parallel lists, `citeUrl` "" for a quote of the 20-F. */
export function citationProperties(citations: readonly StoredCitation[]): Props {
  return {
    [CITATION_LISTS.section]: citations.map((c) => c.section),
    [CITATION_LISTS.quote]: citations.map((c) => c.quote),
    [CITATION_LISTS.offset]: citations.map((c) => c.offset),
    [CITATION_LISTS.url]: citations.map((c) => c.url ?? ""),
  };
}

/** Stored citations back to objects (`url` only where one is stored). */
export function citationsOf(props: Props): StoredCitation[] {
  const list = (key: string) => (props[key] as unknown[] | undefined) ?? [];
  const sections = list(CITATION_LISTS.section);
  const offsets = list(CITATION_LISTS.offset);
  const urls = list(CITATION_LISTS.url);
  return list(CITATION_LISTS.quote).map((quote, i) => ({
    section: String(sections[i] ?? ""),
    quote: String(quote),
    offset: Number(offsets[i] ?? 0),
    ...(urls[i] ? { url: String(urls[i]) } : {}),
  }));
}

/** An amount as a client or the seed gives it. */
export interface MoneyValue {
  amount?: number | null;
  currency: string;
  approximate?: boolean | null;
  uncertain?: boolean | null;
  raw?: string | null;
}

/** The suffixes of the flat properties an amount is stored in, after its prefix (`amount`, `amountCurrency`, ...). */
export const MONEY_SUFFIXES = ["", "Currency", "Approximate", "Uncertain", "Raw"] as const;

/** An amount as flat properties with a prefix; null clears all of them, undefined leaves them. */
export function moneyProperties(m: MoneyValue | null | undefined, prefix = "amount"): Props {
  if (m === undefined) return {};
  return {
    [prefix]: m?.amount ?? null,
    [`${prefix}Currency`]: m?.currency ?? null,
    [`${prefix}Approximate`]: m?.approximate ?? null,
    [`${prefix}Uncertain`]: m?.uncertain ?? null,
    [`${prefix}Raw`]: m?.raw ?? null,
  };
}
