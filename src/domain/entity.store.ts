import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { BadUserInputError, NotFoundError } from "../errors";
import type { RateBook } from "./rates.store";
import { entityOf, type EntityRecord } from "./records";
import { luceneQuery } from "./search.rules";
import { decodeCursor, encodeCursor, type ConnectionRecord } from "./connection.rules";

type Props = Record<string, unknown>;

/** One entity by id; NOT_FOUND when there is none. */
export async function getEntity(db: RequestDb, rates: RateBook, id: string): Promise<EntityRecord> {
  const [[row]] = await Promise.all([db.read("queries/get-entity", { id }), rates.ensure(db)]);
  if (!row) throw new NotFoundError("Entity", id);
  return entityOf(row.entity as Props, rates.rateFor());
}

/** A page of entities ordered by id (Relay connection). */
export async function listEntities(
  db: RequestDb,
  rates: RateBook,
  kind: string | null,
  first: number,
  after: string | null,
): Promise<ConnectionRecord<EntityRecord>> {
  const afterId = after === null ? null : decodeCursor(after, "after");
  const [[row]] = await Promise.all([
    db.read("queries/list-entities", { kind, first: int(first), after: afterId }),
    rates.ensure(db),
  ]);
  const items = ((row?.entities as Props[]) ?? []).map((p) => entityOf(p, rates.rateFor()));
  return connection(items, first, Number(row?.totalCount ?? 0), afterId !== null);
}

export function connection<T extends { id: string }>(
  items: T[],
  first: number,
  totalCount: number,
  hasPreviousPage: boolean,
): ConnectionRecord<T> {
  const page = items.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(node.id) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: items.length > first,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export interface SearchHit {
  entity: EntityRecord;
  score: number;
}

/** Full-text search over names and aliases, best first. */
export async function searchEntities(db: RequestDb, rates: RateBook, text: string, first: number): Promise<SearchHit[]> {
  const query = luceneQuery(text);
  if (!query) throw new BadUserInputError("text", "must contain at least one letter or digit");
  const [rows] = await Promise.all([db.read("queries/search-entities", { query, first: int(first) }), rates.ensure(db)]);
  return rows.map((r) => ({ entity: entityOf(r.entity as Props, rates.rateFor()), score: Number(r.score) }));
}
