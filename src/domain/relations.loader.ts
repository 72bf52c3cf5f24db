import DataLoader from "dataloader";
import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import type { RelationRow } from "./relation.records";

type Props = Record<string, unknown>;

export interface RelationQuery {
  types: string[];
  direction: "OUT" | "IN" | "BOTH";
  asOf: string | null;
  first: number;
}

export interface EventQuery {
  kinds: string[] | null;
  first: number;
}

export type EventRow = { event: Props; role: string; participants: Array<{ role: string; entity: Props }> };

/**
 * Per-request batching of nested fields: all parents asking for the same field with the same
 * arguments are answered by one statement (list-relations-batch or list-events-batch), so a list of
 * 20 entities with owners and competitors costs three statements, not forty-one.
 */
export class RelationLoaders {
  private readonly relationLoaders = new Map<string, DataLoader<string, RelationRow[]>>();
  private readonly eventLoaders = new Map<string, DataLoader<string, EventRow[]>>();

  constructor(private readonly db: RequestDb) {}

  relations(id: string, q: RelationQuery): Promise<RelationRow[]> {
    const key = JSON.stringify(q);
    let loader = this.relationLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.read("queries/list-relations-batch", {
          ids: [...ids],
          types: q.types,
          direction: q.direction,
          asOf: q.asOf,
          first: int(q.first),
        });
        const byId = new Map(rows.map((r) => [String(r.id), r.relations as RelationRow[]]));
        return ids.map((i) => byId.get(i) ?? []);
      });
      this.relationLoaders.set(key, loader);
    }
    return loader.load(id);
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
