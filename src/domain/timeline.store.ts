import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { NotFoundError } from "../errors";
import { eventOf, type EventRecord } from "./event.records";
import type { RateBook } from "./rates.store";

export interface TimelineParams {
  entityId: string | null;
  from: string | null;
  to: string | null;
  kinds: string[] | null;
  first: number;
}

/** Events in date order (undated last), with participants and amounts. */
export async function getTimeline(
  db: RequestDb,
  rates: RateBook,
  p: TimelineParams,
): Promise<EventRecord[]> {
  const [[row]] = await Promise.all([
    db.read("queries/get-timeline", { ...p, first: int(p.first) }),
    rates.ensure(db),
  ]);
  if (!row) throw new NotFoundError("Entity", String(p.entityId));
  return (row.events as Parameters<typeof eventOf>[0][]).map((e) => eventOf(e, rates));
}
