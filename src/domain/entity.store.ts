import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { BadUserInputError, NotFoundError } from "../errors";
import type { RateBook } from "./rates.store";
import { entityOf, propsOf, type EntityRecord } from "./records";
import {
  planParam,
  type PlannedRow,
  type RelationLoaders,
  type RelationPlanItem,
} from "./relations.loader";
import { luceneQuery } from "./search.rules";
import { decodeCursor, encodeCursor, type ConnectionRecord } from "./connection.rules";

type Props = Record<string, unknown>;

/**
 * What to read along with the entities of a query: the properties the selection shows, and the
 * relationship fields selected on them (primed into the request's loaders, so they cost no further statement).
 */
export interface ReadAlong {
  loaders: RelationLoaders;
  /** The entities' properties to read (sorted), or null for all. */
  keys: string[] | null;
  plan: RelationPlanItem[];
}

const alongParams = (along: ReadAlong) => ({ keys: along.keys, plan: planParam(along.plan) });

function entityRead(
  rates: RateBook,
  along: ReadAlong,
  entity: unknown,
  relations: unknown,
): EntityRecord {
  const record = entityOf(propsOf(along.keys, entity), rates.rateFor());
  along.loaders.prime(record.id, along.plan, relations as PlannedRow[][] | undefined);
  return record;
}

/** One entity by id; NOT_FOUND when there is none. */
export async function getEntity(
  db: RequestDb,
  rates: RateBook,
  along: ReadAlong,
  id: string,
): Promise<EntityRecord> {
  const [[row]] = await Promise.all([
    db.read("queries/get-entity", { id, ...alongParams(along) }),
    rates.ensure(db),
  ]);
  if (!row) throw new NotFoundError("Entity", id);
  return entityRead(rates, along, row.entity, row.relations);
}

/** A page of entities ordered by id (Relay connection); totalCount is counted only when `withTotal`, else 0. */
export async function listEntities(
  db: RequestDb,
  rates: RateBook,
  along: ReadAlong,
  page: { kind: string | null; first: number; after: string | null; withTotal: boolean },
): Promise<ConnectionRecord<EntityRecord>> {
  const { kind, first, after, withTotal } = page;
  const afterId = after === null ? null : decodeCursor(after, "after");
  const [[row]] = await Promise.all([
    db.read("queries/list-entities", {
      kind,
      first: int(first),
      after: afterId,
      withTotal,
      ...alongParams(along),
    }),
    rates.ensure(db),
  ]);
  const items = ((row?.entities as Props[]) ?? []).map((e) =>
    entityRead(rates, along, e.entity, e.relations),
  );
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
export async function searchEntities(
  db: RequestDb,
  rates: RateBook,
  along: ReadAlong,
  text: string,
  first: number,
): Promise<SearchHit[]> {
  const query = luceneQuery(text);
  if (!query) throw new BadUserInputError("text", "must contain at least one letter or digit");
  const [rows] = await Promise.all([
    db.read("queries/search-entities", { query, first: int(first), ...alongParams(along) }),
    rates.ensure(db),
  ]);
  return rows.map((r) => ({
    entity: entityRead(rates, along, r.entity, r.relations),
    score: Number(r.score),
  }));
}
