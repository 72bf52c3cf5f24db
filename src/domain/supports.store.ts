import type { Row, StatementRunner } from "../graph/gateway";
import { supportRows, type CitingItem } from "../source/document-rows";
import { sourceDocument } from "../source/source-document";

/**
 * Inside a write's transaction: points the sentences of the 20-F that the citations in `props` (stored form:
 * `citeQuote`, `citeOffset`) overlap at the item, as the seed load does (cypher/source/merge-supports; a
 * relationship's citation at both its ends). `citedBy` and `coverage` read these. Merging is idempotent, so a
 * write passes the citations it adds.
 */
export function linkSupports(
  run: StatementRunner,
  item: CitingItem,
  props: Record<string, unknown>,
): Promise<Row[]> {
  const rows = supportRows(sourceDocument(), item, props);
  return rows.length ? run("source/merge-supports", { rows }) : Promise.resolve([]);
}
