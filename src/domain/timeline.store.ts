import { NotFoundError } from "../errors";
import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { eventOrdering, eventProjection } from "../translate/event.projection";
import { orderItems } from "../translate/order-by";
import type { Shaped } from "../translate/shaped";
import { rootPath, translate, type RootInfo } from "../translate/translate";
import { wherePredicate } from "../translate/where";

export interface TimelineParams {
  entityId: string | null;
  from: string | null;
  to: string | null;
  kinds: string[] | null;
  first: number;
}

/** What `timeline` is asked besides its fixed arguments: a filter and an order. */
export interface TimelineQuery {
  where: Record<string, unknown> | null;
  orderBy: Array<Record<string, unknown>> | null;
}

/**
 * The `timeline` query's statement: the candidate events the filter keeps, in the order asked (by date when
 * none is), cut at `$first`, each shaped like the selection. The subquery keeps one row (an empty list) when
 * no event is kept, so only an unknown entity gives none.
 */
export const timelineStatement = (info: RootInfo, query: TimelineQuery) =>
  translate<{ events: Shaped[] }>(info, "queries/get-timeline", (t, nodes) => {
    const root = rootPath(info);
    const filter = wherePredicate(t, query.where, "EventWhere", { node: "e" }, `${root}.where`);
    const ordering = eventOrdering(t, query.orderBy, "e", `${root}.orderBy`);
    return [
      "CALL (candidates) {",
      "UNWIND candidates AS e",
      ...(filter === "true" ? [] : [`WITH e WHERE ${filter}`]),
      ...ordering.calls,
      `WITH e ORDER BY ${orderItems(ordering)} LIMIT $first`,
      "RETURN collect(e) AS events",
      "}",
      `RETURN [e IN events | ${eventProjection(t, "e", nodes, root)}] AS events`,
    ].join("\n");
  });

/** The events the filter keeps, in the order asked (by date, undated last, when none is), shaped like the selection. */
export async function getTimeline(
  db: RequestDb,
  info: RootInfo,
  p: TimelineParams,
  query: TimelineQuery = { where: null, orderBy: null },
): Promise<Shaped[]> {
  const [row] = await db.read(timelineStatement(info, query), { ...p, first: int(p.first) });
  if (!row) throw new NotFoundError("Entity", String(p.entityId));
  return row.events;
}
