import type { DocumentSentence } from "./document.rules";

/** Why a sentence must be cited: what it holds that a fact of the graph would carry. */
export type Factual = "party" | "percentage" | "yen amount" | "date";

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";
const PERCENTAGE = /\d(?:\.\d+)?\s?%/;
const YEN = /¥\s?\d|\\frac\{4\}/;
const DATE = new RegExp(`\\b(?:${MONTHS})(?: \\d{1,2},)? \\d{4}\\b|\\b(?:19|20)\\d{2}\\b`);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * What makes a sentence factual: it names a party of the graph (a name, short name or alias, as a whole word), or
 * holds a percentage, a yen amount (the OCR's "\frac{4}" stands for a garbled "¥") or a date (a month with its
 * year, or a year). Pure: the sentence and the parties' names in, the reasons out.
 */
export function factualReasons(
  sentence: Pick<DocumentSentence, "text">,
  partyNames: readonly string[],
): Factual[] {
  const reasons: Factual[] = [];
  const names = partyNames.filter((n) => n.length >= 3);
  if (
    names.length &&
    new RegExp(`(?<![\\w-])(?:${names.map(escape).join("|")})(?![\\w-])`).test(sentence.text)
  ) {
    reasons.push("party");
  }
  if (PERCENTAGE.test(sentence.text)) reasons.push("percentage");
  if (YEN.test(sentence.text)) reasons.push("yen amount");
  if (DATE.test(sentence.text)) reasons.push("date");
  return reasons;
}
