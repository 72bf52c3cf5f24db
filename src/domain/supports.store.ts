import type { RequestDb } from "../graph/request-db";
import { supportRows, type CitingItem } from "../source/document-rows";
import { sourceDocument } from "../source/source-document";

/**
 * Points the sentences of the 20-F that the citations in `props` (stored form: `citeQuote`, `citeOffset`)
 * overlap at the item, as the seed load does (cypher/source/merge-supports; a relationship's citation at both
 * its ends); `citedBy` and `coverage` read these. It runs right after the write commits, grouped with other
 * writes' links in one transaction (RequestDb.writeBatched: with the change log's numbering when changes are
 * recorded): a sentence is one node that many writes cite (the measured reasons: bench/results/decisions.md,
 * "linking a write's sentences"). Merging is idempotent: when it fails, the error reaches the client, and
 * repeating the write (creates and citations are idempotent too) links again.
 */
export async function linkSupports(
  db: RequestDb,
  item: CitingItem,
  props: Record<string, unknown>,
): Promise<void> {
  const rows = supportRows(sourceDocument(), item, props).map((row) => ({ ...row }));
  await db.writeBatched("source/merge-supports", rows);
}
