import type { RequestDb } from "../graph/request-db";
import { NotFoundError } from "../errors";
import type { RateBook } from "./rates.store";
import { entityOf, type EntityRecord } from "./records";

/** One entity by id; NOT_FOUND when there is none. */
export async function getEntity(db: RequestDb, rates: RateBook, id: string): Promise<EntityRecord> {
  const [[row]] = await Promise.all([db.read("queries/get-entity", { id }), rates.ensure(db)]);
  if (!row) throw new NotFoundError("Entity", id);
  return entityOf(row.entity as Record<string, unknown>, rates.rateFor());
}
