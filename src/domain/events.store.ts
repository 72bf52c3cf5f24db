import type { RequestDb } from "../graph/request-db";
import { EVENT_AGGREGATE } from "../translate/aggregate.projection";
import { eventProjection } from "../translate/event.projection";
import { keptListStatement, type KeptList } from "../translate/kept-page";
import { EVENT_ORDER } from "../translate/order-by";
import type { Shaped } from "../translate/shaped";
import type { RootInfo } from "../translate/translate";
import type { ConnectionRecord } from "./connection.rules";
import { selects } from "./entity.store";
import { readKeptConnection } from "./kept-connection";

/** What the `events` connection is asked: a filter and an order. */
export interface EventQuery {
  where: Record<string, unknown> | null;
  orderBy: Array<Record<string, unknown>> | null;
}

/** The `events` connection as keptPage reads it. */
const EVENT_LIST: KeptList = {
  statement: "queries/filter-events",
  v: "e",
  whereType: "EventWhere",
  subject: { node: "e" },
  order: EVENT_ORDER,
  aggregate: EVENT_AGGREGATE,
  projection: (t, nodes, path) => eventProjection(t, "e", nodes, path),
};

/** The `events` connection's statement: the events the filter keeps, in the order asked (then by id), aggregated, one page. */
export const eventsStatement = (info: RootInfo, query: EventQuery) =>
  keptListStatement(info, EVENT_LIST, query);

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
