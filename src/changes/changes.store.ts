import DataLoader from "dataloader";
import type { CypherName } from "../graph/cypher-registry";
import type { RequestDb } from "../graph/request-db";
import type { RowOf } from "../graph/statement-rows";
import { int } from "../graph/values";
import type { ConnectionRecord } from "../domain/connection.rules";
import { changeOf, type ChangeRecord } from "./change.records";
import { decodeChangeCursor, encodeChangeCursor, type ChangeItemKind } from "./change.rules";

type Props = Record<string, unknown>;

declare module "../graph/statement-rows" {
  interface StatementRows {
    "changes/list-changes": { changes: Props[]; head: number };
    "changes/list-item-histories": RawHistory & { kind: string; id: string };
  }
}

/** Reads statements: a request's RequestDb, or a replica's own reader of the log (change-feed.ts). */
export interface LogReader {
  read<S extends CypherName>(name: S, params?: Record<string, unknown>): Promise<RowOf<S>[]>;
}

export interface ChangeFilter {
  kinds: ChangeItemKind[] | null;
  ids: string[] | null;
}

/** A page of the log after a sequence number, oldest first; `head` is the highest seq recorded (-1: none). */
export async function listChanges(
  db: LogReader,
  after: number,
  filter: ChangeFilter,
  first: number,
): Promise<{ changes: ChangeRecord[]; head: number }> {
  const [row] = await db.read("changes/list-changes", {
    after: int(after),
    kinds: filter.kinds,
    ids: filter.ids,
    first: int(first),
  });
  return {
    changes: (row?.changes ?? []).map(changeOf),
    head: row?.head ?? -1,
  };
}

/** A page of records as a connection; the end cursor stays at `from` when the page is empty. */
function page(
  changes: ChangeRecord[],
  first: number,
  paged: boolean,
  from: string | null,
): ConnectionRecord<ChangeRecord> {
  const items = changes.slice(0, first);
  return {
    edges: items.map((node) => ({ node, cursor: node.cursor })),
    totalCount: items.length,
    pageInfo: {
      hasNextPage: changes.length > first,
      hasPreviousPage: paged,
      startCursor: items[0]?.cursor ?? null,
      endCursor: items.at(-1)?.cursor ?? from,
    },
  };
}

/** The `changes` feed: oldest first after the cursor (from change 0 without one). */
export async function changeFeed(
  db: LogReader,
  after: string | null,
  filter: ChangeFilter,
  first: number,
): Promise<ConnectionRecord<ChangeRecord>> {
  const seq = after === null ? -1 : decodeChangeCursor(after, "after");
  const { changes } = await listChanges(db, seq, filter, first);
  return page(changes, first, after !== null, after);
}

/** An item's history as its statement reads it (list-item-histories, or its parent's: history.projection.ts). */
export interface RawHistory {
  changes: Props[];
  /** One element: whether the item's oldest record is its creation. */
  created: boolean[];
  load: Props | null;
}

/**
 * A page of an item's history, newest first, of the changes older than `before` (a seq; null: the newest): an
 * item that the seed loaded (its oldest record is not its creation, or it has none) ends it with the load,
 * change 0.
 */
export function historyPage(
  raw: RawHistory,
  first: number,
  before: number | null,
): ConnectionRecord<ChangeRecord> {
  const own = raw.changes.map(changeOf);
  const load = raw.load ? changeOf(raw.load) : null;
  const withLoad = load && raw.created[0] !== true && (before === null || before > 0);
  const from = before === null ? null : encodeChangeCursor(before);
  return page(withLoad ? [...own, load] : own, first, before !== null, from);
}

export interface HistoryKey {
  kind: Exclude<ChangeItemKind, "GRAPH">;
  id: string;
  first: number;
  /** Only changes older than this seq; null for the newest. */
  before: number | null;
}

/**
 * Items' histories, newest first, one statement per request and page (DataLoader). An item that the seed
 * loaded (its oldest record is not its creation, or it has none) ends its history with the load, change 0.
 */
export class HistoryLoader {
  private readonly loader: DataLoader<HistoryKey, ConnectionRecord<ChangeRecord>, string>;

  constructor(db: RequestDb) {
    this.loader = new DataLoader((keys) => this.load(db, keys), {
      cacheKeyFn: (k) => `${k.kind}|${k.id}|${k.first}|${k.before}`,
    });
  }

  history(
    kind: HistoryKey["kind"],
    id: string,
    first: number,
    after: string | null,
  ): Promise<ConnectionRecord<ChangeRecord>> {
    const before = after === null ? null : decodeChangeCursor(after, "after");
    return this.loader.load({ kind, id, first, before });
  }

  private async load(db: RequestDb, keys: readonly HistoryKey[]) {
    // Keys of one page size and cursor go in one statement (a list's items share both).
    const groups = new Map<string, HistoryKey[]>();
    for (const k of keys) {
      const g = `${k.first}|${k.before}`;
      groups.set(g, [...(groups.get(g) ?? []), k]);
    }
    const answers = new Map<string, ConnectionRecord<ChangeRecord>>();
    for (const group of groups.values()) {
      const { first, before } = group[0]!;
      const rows = await db.read("changes/list-item-histories", {
        items: group.map((k) => ({ kind: k.kind, id: k.id })),
        before: before === null ? null : int(before),
        first: int(first),
      });
      const g = `${first}|${before}`;
      for (const row of rows)
        answers.set(`${g}|${row.kind}|${row.id}`, historyPage(row, first, before));
    }
    return keys.map(
      (k) =>
        answers.get(`${k.first}|${k.before}|${k.kind}|${k.id}`) ?? page([], k.first, false, null),
    );
  }
}
