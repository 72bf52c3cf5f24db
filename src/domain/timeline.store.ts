import { NotFoundError } from "../errors";
import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { eventProjection } from "../translate/event.projection";
import type { Shaped } from "../translate/shaped";
import { rootPath, translate, type RootInfo } from "../translate/translate";

export interface TimelineParams {
  entityId: string | null;
  from: string | null;
  to: string | null;
  kinds: string[] | null;
  first: number;
}

/** The `timeline` query's statement: event nodes in date order, each shaped like the selection. */
export const timelineStatement = (info: RootInfo) =>
  translate(
    info,
    "queries/get-timeline",
    (t, nodes) =>
      `RETURN [e IN events | ${eventProjection(t, "e", nodes, rootPath(info))}] AS events`,
  );

/** Events in date order (undated last), shaped like the selection. */
export async function getTimeline(
  db: RequestDb,
  info: RootInfo,
  p: TimelineParams,
): Promise<Shaped[]> {
  const [row] = await db.read(timelineStatement(info), { ...p, first: int(p.first) });
  if (!row) throw new NotFoundError("Entity", String(p.entityId));
  return row.events as Shaped[];
}
