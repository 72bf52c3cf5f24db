import DataLoader from "dataloader";
import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { propsOf } from "./records";
import type { RelationRow } from "./relation.records";
import { patternOf } from "./relation-patterns.rules";

type Props = Record<string, unknown>;

export interface RelationQuery {
  types: string[];
  direction: "OUT" | "IN" | "BOTH";
  asOf: string | null;
  /** Only relationships listing this segment (competition), or null. */
  segment: string | null;
  first: number;
  /** The relationship's properties the selection needs (sorted), or null for all. */
  relKeys: string[] | null;
  /** The far end's properties the selection needs (sorted), or null for all. */
  otherKeys: string[] | null;
}

/**
 * The relationship fields a selection asks for, read together with the entities they hang from
 * (cypher/fragments/entity-relations): each item is one field's query, with the fields asked of
 * the far ends one level deeper.
 */
export interface RelationPlanItem {
  query: RelationQuery;
  children: RelationPlanItem[];
}

/**
 * A relation row as the statements return it: `props` and `other` are maps, or the values of the
 * query's relKeys / otherKeys in that order; the entity-relations fragment adds the child plan items' rows.
 */
export interface PlannedRow {
  id: string;
  type: string;
  /** True when the relationship starts at the entity it was read from. */
  out: boolean;
  props: unknown;
  other: unknown;
  nested?: PlannedRow[][];
}

/** The row read from entity `self`, with its ends by id and its properties as maps. */
function rowOf(q: RelationQuery, self: string, row: PlannedRow): RelationRow {
  const other = propsOf(q.otherKeys, row.other);
  const far = String(other.id);
  return {
    id: row.id,
    type: row.type,
    source: row.out ? self : far,
    target: row.out ? far : self,
    props: propsOf(q.relKeys, row.props),
    other,
  };
}

export interface EventQuery {
  kinds: string[] | null;
  first: number;
}

export type EventRow = {
  event: Props;
  role: string;
  participants: Array<{ role: string; entity: Props }>;
};

const keyOf = (q: RelationQuery) =>
  JSON.stringify([q.types, q.direction, q.asOf, q.segment, q.first, q.relKeys, q.otherKeys]);

/** The `$plan` parameter of the statements that include the entity-relations fragment. */
export function planParam(plan: RelationPlanItem[]): Props[] {
  return plan.map(({ query, children }) => ({
    pattern: patternOf(query.types, query.direction),
    types: query.types,
    direction: query.direction,
    asOf: query.asOf,
    segment: query.segment,
    first: int(query.first),
    relKeys: query.relKeys,
    otherKeys: query.otherKeys,
    children: planParam(children),
  }));
}

/**
 * Per-request cache and batching of nested fields. A parent statement that read a selection's
 * relationship fields along (see RelationPlanItem) primes the cache, so those fields cost no
 * statement; any other field is batched: all parents asking for it with the same arguments are
 * answered by one statement (list-relations-batch or list-events-batch).
 */
export class RelationLoaders {
  private readonly relationLoaders = new Map<string, DataLoader<string, RelationRow[]>>();
  private readonly eventLoaders = new Map<string, DataLoader<string, EventRow[]>>();

  constructor(private readonly db: RequestDb) {}

  relations(id: string, q: RelationQuery): Promise<RelationRow[]> {
    return this.relationLoader(q).load(id);
  }

  /** Caches what a parent statement read for entity `id` along the plan, at every level. */
  prime(id: string, plan: RelationPlanItem[], lists: PlannedRow[][] | undefined): void {
    plan.forEach((item, i) => {
      const rows = lists?.[i] ?? [];
      const records = rows.map((row) => rowOf(item.query, id, row));
      this.relationLoader(item.query).prime(id, records);
      records.forEach((record, j) =>
        this.prime(String(record.other.id), item.children, rows[j]?.nested),
      );
    });
  }

  private relationLoader(q: RelationQuery): DataLoader<string, RelationRow[]> {
    const key = keyOf(q);
    let loader = this.relationLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.read("queries/list-relations-batch", {
          ids: [...ids],
          types: q.types,
          direction: q.direction,
          asOf: q.asOf,
          segment: q.segment,
          first: int(q.first),
          relKeys: q.relKeys,
          otherKeys: q.otherKeys,
        });
        const byId = new Map(
          rows.map((r) => [
            String(r.id),
            (r.relations as PlannedRow[]).map((row) => rowOf(q, String(r.id), row)),
          ]),
        );
        return ids.map((i) => byId.get(i) ?? []);
      });
      this.relationLoaders.set(key, loader);
    }
    return loader;
  }

  events(id: string, q: EventQuery): Promise<EventRow[]> {
    const key = JSON.stringify(q);
    let loader = this.eventLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.read("queries/list-events-batch", {
          ids: [...ids],
          kinds: q.kinds,
          first: int(q.first),
        });
        const byId = new Map(rows.map((r) => [String(r.id), r.events as EventRow[]]));
        return ids.map((i) => byId.get(i) ?? []);
      });
      this.eventLoaders.set(key, loader);
    }
    return loader.load(id);
  }
}
