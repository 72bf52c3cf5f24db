/**
 * Builds a Lucene query from what a user typed: only lower-cased letters and digits survive (so no
 * user text is ever Lucene syntax), each word matches exactly (boosted) or as a prefix, and all words must match.
 * Returns undefined when nothing searchable remains.
 */
export function luceneQuery(text: string): string | undefined {
  // Lower case: Lucene's operators (AND, OR, NOT, TO) are upper case only; the index lower-cases anyway.
  const words =
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return undefined;
  return words
    .slice(0, 10)
    .map((w) => `(${w}^2 OR ${w}*)`)
    .join(" AND ");
}
