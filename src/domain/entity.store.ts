import { BadUserInputError, NotFoundError } from "../errors";
import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { entityProjection } from "../translate/entity.projection";
import type { Shaped, ShapedEntity } from "../translate/shaped";
import { ENTITY_AGGREGATE } from "../translate/aggregate.projection";
import { rootPath, translate, type RootInfo } from "../translate/translate";
import { nodesAt } from "../translate/walk";
import { wherePredicate } from "../translate/where";
import { keptListStatement, type KeptList } from "../translate/kept-page";
import { ENTITY_ORDER } from "../translate/order-by";
import { connection, decodeCursor, type ConnectionRecord } from "./connection.rules";
import { readKeptConnection } from "./kept-connection";
import { luceneQuery } from "./search.rules";

/**
 * The statement reading one entity (`$id`) shaped like the selection found at `at` under the root field
 * (`["entity"]` in a create's answer); it returns `entity`.
 */
export const entityStatement = (info: RootInfo, at: readonly string[] = []) =>
  translate<{ entity: ShapedEntity }>(
    info,
    "queries/get-entity",
    (t, nodes) => {
      const path = [rootPath(info), ...at].join(".");
      return `RETURN ${entityProjection(t, "n", nodesAt(nodes, at, t.walk), path)} AS entity`;
    },
    at.join("."),
  );

/** One entity by id, shaped like the selection; NOT_FOUND when there is none. */
export async function getEntity(db: RequestDb, info: RootInfo, id: string): Promise<ShapedEntity> {
  const [row] = await db.read(entityStatement(info), { id });
  if (!row) throw new NotFoundError("Entity", id);
  return row.entity;
}

/** Whether the root field's selection includes `name` directly (e.g. a connection's `totalCount`). */
export const selects = (info: RootInfo, name: string): boolean =>
  nodesAt(info.fieldNodes, [name], info).length > 0;

/** The `entities` connection's statement: a page of entity nodes, each shaped like `edges.node`. */
export const entitiesStatement = (info: RootInfo) =>
  translate<{ totalCount: number; page: ShapedEntity[]; more: boolean }>(
    info,
    "queries/list-entities",
    (t, nodes) => {
      const path = `${rootPath(info)}.edges.node`;
      const entity = entityProjection(t, "n", nodesAt(nodes, ["edges", "node"], t.walk), path);
      // An entity another transaction deleted since the page was read has no id: it is left out (kept-page.ts).
      return `RETURN totalCount, [n IN page WHERE n.id IS NOT NULL | ${entity}] AS page, size(page) > $first AS more`;
    },
  );

/** What the `entities` connection is asked beyond a kind: a filter and an order. */
export interface EntityQuery {
  where: Record<string, unknown> | null;
  orderBy: Array<Record<string, unknown>> | null;
}

/**
 * The `entities` connection's statement with a `where` filter or an `orderBy`: the entities the filter keeps, in
 * that order (then by id), counted (when `totalCount` is selected) before the page is cut after the cursor.
 * `$after` is the cursor's sort keys (the id alone without `orderBy`); each item's keys come back in `keys`,
 * and the connection's `aggregate` (over every entity kept) in `aggregate`.
 */
export const filteredEntitiesStatement = (info: RootInfo, query: EntityQuery) =>
  keptListStatement(info, ENTITY_LIST, query);

/** The `entities` connection as keptPage reads it. */
const ENTITY_LIST: KeptList = {
  statement: "queries/filter-entities",
  v: "n",
  whereType: "EntityWhere",
  subject: { node: "n" },
  order: ENTITY_ORDER,
  aggregate: ENTITY_AGGREGATE,
  projection: (t, nodes, path) => entityProjection(t, "n", nodes, path),
};

/**
 * The `entities` connection's statement: the plain id-ordered page (list-entities), or, when a filter, an order
 * or the aggregate is asked, the statement that keeps, orders and aggregates every match (filter-entities).
 */
export function entitiesConnectionStatement(info: RootInfo, query: EntityQuery) {
  return isPlainList(info, query)
    ? entitiesStatement(info)
    : filteredEntitiesStatement(info, query);
}

/** Whether the `entities` connection is the plain id-ordered page: no filter, no order, no aggregate. */
const isPlainList = (info: RootInfo, query: EntityQuery) =>
  !query.where && !query.orderBy?.length && !selects(info, "aggregate");

/** A page of entities, by id or in the order asked (Relay connection); totalCount is counted only when selected. */
export async function listEntities(
  db: RequestDb,
  info: RootInfo,
  page: EntityQuery & { kind: string | null; first: number; after: string | null },
): Promise<ConnectionRecord<ShapedEntity> & { aggregate?: Shaped }> {
  const { kind, first, after } = page;
  const withTotal = selects(info, "totalCount");
  if (isPlainList(info, page)) {
    const afterId = after === null ? null : decodeCursor(after, "after");
    const [row] = await db.read(entitiesStatement(info), {
      kind,
      first: int(first),
      after: afterId,
      withTotal,
    });
    const page = row?.page ?? [];
    return connection(page, first, row?.totalCount ?? 0, afterId !== null, undefined, row?.more);
  }
  const sortKeys = page.orderBy?.length ?? 0;
  const statement = filteredEntitiesStatement(info, page);
  return readKeptConnection(db, statement, { kind }, { first, after, sortKeys, withTotal });
}

export interface SearchHit {
  entity: ShapedEntity;
  score: number;
}

/** The `search` query's statement: the hits `where` keeps (if given), best first, each entity shaped like the selection. */
export const searchStatement = (info: RootInfo, where: Record<string, unknown> | null = null) =>
  translate<{ score: number; entity: ShapedEntity }>(
    info,
    "queries/search-entities",
    (t, nodes) => {
      const root = rootPath(info);
      const filter = wherePredicate(t, where, "EntityWhere", { node: "n" }, `${root}.where`);
      const entity = entityProjection(t, "n", nodesAt(nodes, ["entity"], t.walk), `${root}.entity`);
      return [
        ...(filter === "true" ? [] : [`WITH n, score WHERE ${filter}`]),
        "ORDER BY score DESC, n.id",
        "LIMIT $first",
        `RETURN score, ${entity} AS entity`,
      ].join("\n");
    },
  );

/** Full-text search over names and aliases, best first. */
export async function searchEntities(
  db: RequestDb,
  info: RootInfo,
  text: string,
  first: number,
  where: Record<string, unknown> | null = null,
): Promise<SearchHit[]> {
  const query = luceneQuery(text);
  if (!query) throw new BadUserInputError("text", "must contain at least one letter or digit");
  const rows = await db.read(searchStatement(info, where), { query, first: int(first) });
  return rows.map(({ entity, score }) => ({ entity, score }));
}
