import type { RequestDb } from "../graph/request-db";
import { aggregateProjection, EVENT_AGGREGATE } from "../translate/aggregate.projection";
import { eventProjection } from "../translate/event.projection";
import { keptPage, NO_AGGREGATE } from "../translate/kept-page";
import { EVENT_ORDER, listOrdering } from "../translate/order-by";
import type { Shaped } from "../translate/shaped";
import { rootPath, translate, type RootInfo } from "../translate/translate";
import { nodesAt } from "../translate/walk";
import { wherePredicate } from "../translate/where";
import type { ConnectionRecord } from "./connection.rules";
import { selects } from "./entity.store";
import { readKeptConnection } from "./kept-connection";

/** What the `events` connection is asked: a filter and an order. */
export interface EventQuery {
  where: Record<string, unknown> | null;
  orderBy: Array<Record<string, unknown>> | null;
}

/** The `events` connection's statement: the events the filter keeps, in the order asked (then by id), aggregated, one page. */
export const eventsStatement = (info: RootInfo, query: EventQuery) =>
  translate(info, "queries/filter-events", (t, nodes) => {
    const root = rootPath(info);
    const aggregateNodes = nodesAt(nodes, ["aggregate"], t.walk);
    return keptPage({
      v: "e",
      filter: wherePredicate(t, query.where, "EventWhere", { node: "e" }, `${root}.where`),
      ordering: listOrdering(t, query.orderBy, EVENT_ORDER, "e", `${root}.orderBy`),
      aggregate: aggregateNodes.length
        ? aggregateProjection(
            t,
            EVENT_AGGREGATE,
            aggregateNodes,
            "matched",
            (m) => `${m}[0]`,
            `${root}.aggregate`,
          )
        : NO_AGGREGATE,
      projection: eventProjection(
        t,
        "e",
        nodesAt(nodes, ["edges", "node"], t.walk),
        `${root}.edges.node`,
      ),
    });
  });

/** A page of events, by id or in the order asked (Relay connection), shaped like the selection. */
export async function listEvents(
  db: RequestDb,
  info: RootInfo,
  query: EventQuery,
  first: number,
  after: string | null,
): Promise<ConnectionRecord<Shaped & { id: string }> & { aggregate?: Shaped }> {
  return readKeptConnection(
    db,
    eventsStatement(info, query),
    {},
    { first, after, sortKeys: query.orderBy?.length ?? 0, withTotal: selects(info, "totalCount") },
  );
}
