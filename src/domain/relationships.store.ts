import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { RelationshipType } from "../schema/enums";
import { relationshipProjection } from "../translate/relationship.projection";
import type { Shaped } from "../translate/shaped";
import { translate, type RootInfo } from "../translate/translate";
import { nodesAt } from "../translate/walk";
import { connection, decodeCursor, type ConnectionRecord } from "./connection.rules";
import { selects } from "./entity.store";
import { readKeptConnection } from "./kept-connection";
import { RELATIONSHIP_AGGREGATE } from "../translate/aggregate.projection";
import { keptListStatement, type KeptList } from "../translate/kept-page";
import { RELATIONSHIP_ORDER } from "../translate/order-by";
import { relationshipSubject } from "../translate/where";

export interface RelationshipFilter {
  types: string[] | null;
  from: string | null;
  to: string | null;
  asOf: string | null;
}

const ALL_TYPES: readonly string[] = Object.values(RelationshipType);

/** The `relationships` connection's statement: a page of relationships, each shaped like `edges.node`. */
export const relationshipsStatement = (info: RootInfo) =>
  translate(info, "queries/list-relationships", (t, nodes) => {
    const relationship = relationshipProjection(t, "r", nodesAt(nodes, ["edges", "node"], t.walk));
    return `RETURN totalCount, [r IN page | ${relationship}] AS page`;
  });

/** What the `relationships` connection is asked beyond its fixed arguments: a filter and an order. */
export interface RelationshipQuery {
  where: Record<string, unknown> | null;
  orderBy: Array<Record<string, unknown>> | null;
}

/**
 * The `relationships` connection's statement with a `where` filter, an `orderBy` or its `aggregate`: the
 * relationships the filter keeps, in that order (then by id), aggregated, the page cut after the cursor.
 */
export const filteredRelationshipsStatement = (info: RootInfo, query: RelationshipQuery) =>
  keptListStatement(info, RELATIONSHIP_LIST, query);

/** The `relationships` connection as keptPage reads it. */
const RELATIONSHIP_LIST: KeptList = {
  statement: "queries/filter-relationships",
  v: "r",
  whereType: "RelationshipWhere",
  subject: relationshipSubject("r"),
  order: RELATIONSHIP_ORDER,
  aggregate: RELATIONSHIP_AGGREGATE,
  projection: (t, nodes) => relationshipProjection(t, "r", nodes),
};

/** The `relationships` connection's statement: the plain id-ordered page, or the one that filters, orders and aggregates. */
export function relationshipsConnectionStatement(info: RootInfo, query: RelationshipQuery) {
  const plain = !query.where && !query.orderBy?.length && !selects(info, "aggregate");
  return plain ? relationshipsStatement(info) : filteredRelationshipsStatement(info, query);
}

/** A page of relationships, by id or in the order asked (Relay connection), shaped like the selection. */
export async function listRelationships(
  db: RequestDb,
  info: RootInfo,
  filter: RelationshipFilter,
  query: RelationshipQuery,
  first: number,
  after: string | null,
): Promise<ConnectionRecord<Shaped & { id: string }> & { aggregate?: Shaped }> {
  const statement = relationshipsConnectionStatement(info, query);
  const params = { ...filter, types: filter.types ?? ALL_TYPES };
  const withTotal = selects(info, "totalCount");
  if (statement.name === "queries/list-relationships") {
    const afterId = after === null ? null : decodeCursor(after, "after");
    const [row] = await db.read(statement, {
      ...params,
      after: afterId,
      first: int(first),
      withTotal,
    });
    const items = (row?.page as Array<Shaped & { id: string }> | undefined) ?? [];
    return connection(items, first, Number(row?.totalCount ?? 0), afterId !== null);
  }
  const sortKeys = query.orderBy?.length ?? 0;
  return readKeptConnection(db, statement, params, { first, after, sortKeys, withTotal });
}
