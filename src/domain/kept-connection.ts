import type { KeptRow } from "../translate/kept-page";
import type { GeneratedStatement } from "../translate/translate";
import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import type { Shaped } from "../translate/shaped";
import {
  connection,
  decodeCursor,
  decodeKeyCursor,
  encodeKeyCursor,
  type ConnectionRecord,
} from "./connection.rules";

/**
 * Reads a page of a connection built by keptPage (src/translate/kept-page.ts): `after` is an id cursor when the
 * list is in id order, else a cursor of the `sortKeys` keys asked plus the id; the page's cursors likewise.
 */
export async function readKeptConnection<T extends { id: string }>(
  db: RequestDb,
  statement: GeneratedStatement<KeptRow>,
  params: Record<string, unknown>,
  page: { first: number; after: string | null; sortKeys: number; withTotal: boolean },
): Promise<ConnectionRecord<T> & { aggregate?: Shaped }> {
  const { first, after, sortKeys } = page;
  const sorted = sortKeys > 0;
  const afterKeys =
    after === null
      ? null
      : sorted
        ? decodeKeyCursor(after, "after", sortKeys + 1)
        : [decodeCursor(after, "after")];
  const [row] = await db.read(statement, {
    ...params,
    first: int(first),
    after: afterKeys,
    withTotal: page.withTotal,
  });
  // Shaped like the list's items (entities, events or relationships: the caller's T).
  const items = (row?.page ?? []) as T[];
  const keys = row?.keys ?? [];
  const cursors = sorted ? keys.map((k) => encodeKeyCursor(k)) : undefined;
  return {
    ...connection(items, first, row?.totalCount ?? 0, after !== null, cursors, row?.more),
    aggregate: row?.aggregate ?? undefined,
  };
}
