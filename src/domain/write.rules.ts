import { BadUserInputError } from "../errors";

/** A citation as given by a client. */
export interface CitationIn {
  section: string;
  quote: string;
  url?: string | null;
}

/** A citation as stored: `offset` is the quote's place in the 20-F, -1 for another source (then `url` is set). */
export interface ResolvedCitation {
  section: string;
  quote: string;
  offset: number;
  url: string;
}

/**
 * Without a url the quote must stand verbatim in the 20-F text; its offset is the first place it stands.
 * With a url the source is another document and the offset is -1.
 */
export function resolveCitation(
  input: CitationIn,
  source: string,
  field: string,
): ResolvedCitation {
  if (input.url) return { section: input.section, quote: input.quote, offset: -1, url: input.url };
  const offset = source.indexOf(input.quote);
  if (offset < 0) {
    throw new BadUserInputError(
      `${field}.quote`,
      "is not found verbatim in the 20-F source text; quote it exactly, or give a `url` for another source",
    );
  }
  return { section: input.section, quote: input.quote, offset, url: "" };
}

export function resolveCitations(
  inputs: CitationIn[],
  source: string,
  field = "citations",
): ResolvedCitation[] {
  return inputs.map((c, i) => resolveCitation(c, source, `${field}.${i}`));
}

/** Who wrote an item and when (ISO 8601 timestamps). */
export function createdProps(user: string, now: string) {
  return { createdAt: now, createdBy: user, updatedAt: now, updatedBy: user };
}

/**
 * The fields of an update that were given: undefined means "leave as is", null "clear"; `required`
 * fields cannot be cleared, so a null for them is left out too.
 */
export function givenProps(
  input: Record<string, unknown>,
  keys: readonly string[],
  required: readonly string[] = [],
) {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = input[key];
    if (value === undefined) continue;
    if (value === null && required.includes(key)) continue;
    out[key] = value;
  }
  return out;
}

/** Only the given (non-null) fields: what a create stores. */
export function presentProps(input: Record<string, unknown>, keys: readonly string[]) {
  const out: Record<string, unknown> = {};
  for (const key of keys)
    if (input[key] !== undefined && input[key] !== null) out[key] = input[key];
  return out;
}

/** The text the full-text index reads for aliases (as the seed loader writes it). */
export function aliasText(aliases: readonly string[]): string {
  return aliases.reduce((text, alias) => `${text} ${alias}`, "");
}

/** The date an ownership stake is checked at: its `asOf`, else its `since`; null means "now" (stakes not ended). */
export function ownershipDate(props: Record<string, unknown>): string | null {
  const pick = (v: unknown) => (typeof v === "string" && v ? v : null);
  return pick(props.asOf) ?? pick(props.since);
}

/** Total stakes may reach 100% (a small tolerance for decimal sums such as 33.3 + 66.7). */
export function exceedsWholeCompany(total: number): boolean {
  return total > 100 + 1e-9;
}
