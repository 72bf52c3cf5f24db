import { BadUserInputError, NotFoundError } from "../errors";
import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { entityProjection } from "../translate/entity.projection";
import type { Shaped, ShapedEntity } from "../translate/shaped";
import { entityAggregateProjection } from "../translate/aggregate.projection";
import { rootPath, translate, type RootInfo } from "../translate/translate";
import { nodesAt } from "../translate/walk";
import { afterCursor, entityOrdering, orderClause } from "../translate/order-by";
import { wherePredicate } from "../translate/where";
import {
  connection,
  decodeCursor,
  decodeKeyCursor,
  encodeKeyCursor,
  type ConnectionRecord,
} from "./connection.rules";
import { luceneQuery } from "./search.rules";

/**
 * The statement reading one entity (`$id`) shaped like the selection found at `at` under the root field
 * (`["entity"]` in a create's answer); it returns `entity`.
 */
export const entityStatement = (info: RootInfo, at: readonly string[] = []) =>
  translate(
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
  return row.entity as ShapedEntity;
}

/** Whether the root field's selection includes `name` directly (e.g. a connection's `totalCount`). */
export const selects = (info: RootInfo, name: string): boolean =>
  nodesAt(info.fieldNodes, [name], info).length > 0;

/** The `entities` connection's statement: a page of entity nodes, each shaped like `edges.node`. */
export const entitiesStatement = (info: RootInfo) =>
  translate(info, "queries/list-entities", (t, nodes) => {
    const path = `${rootPath(info)}.edges.node`;
    const entity = entityProjection(t, "n", nodesAt(nodes, ["edges", "node"], t.walk), path);
    return `RETURN totalCount, [n IN page | ${entity}] AS page`;
  });

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
  translate(info, "queries/filter-entities", (t, nodes) => {
    const root = rootPath(info);
    const filter = wherePredicate(t, query.where, "EntityWhere", { node: "n" }, `${root}.where`);
    const { calls, keys } = entityOrdering(t, query.orderBy, "n", `${root}.orderBy`);
    const entity = entityProjection(
      t,
      "n",
      nodesAt(nodes, ["edges", "node"], t.walk),
      `${root}.edges.node`,
    );
    const aggregateNodes = nodesAt(nodes, ["aggregate"], t.walk);
    const aggregate = aggregateNodes.length
      ? entityAggregateProjection(
          t,
          aggregateNodes,
          "matched",
          (m) => `${m}[0]`,
          `${root}.aggregate`,
        )
      : { calls: [], expression: "null" };
    return [
      ...(filter === "true" ? [] : [`WITH n WHERE ${filter}`]),
      ...calls,
      `WITH n, [${keys.map((k) => k.expression).join(", ")}] AS keys`,
      `ORDER BY ${orderClause(keys, "keys")}`,
      "WITH collect([n, keys]) AS matched",
      ...aggregate.calls,
      `WITH ${aggregate.expression} AS aggregate, CASE WHEN $withTotal THEN size(matched) END AS totalCount,`,
      `  [m IN matched WHERE $after IS NULL OR ${afterCursor(keys, "m[1]", "$after")}][..$first + 1] AS page`,
      `RETURN totalCount, [n IN [m IN page | m[0]] | ${entity}] AS page, [m IN page | m[1]] AS keys, aggregate`,
    ].join("\n");
  });

/**
 * The `entities` connection's statement: the plain id-ordered page (list-entities), or, when a filter, an order
 * or the aggregate is asked, the statement that keeps, orders and aggregates every match (filter-entities).
 */
export function entitiesConnectionStatement(info: RootInfo, query: EntityQuery) {
  const plain = !query.where && !query.orderBy?.length && !selects(info, "aggregate");
  return plain ? entitiesStatement(info) : filteredEntitiesStatement(info, query);
}

/** A page of entities, by id or in the order asked (Relay connection); totalCount is counted only when selected. */
export async function listEntities(
  db: RequestDb,
  info: RootInfo,
  page: EntityQuery & { kind: string | null; first: number; after: string | null },
): Promise<ConnectionRecord<ShapedEntity> & { aggregate?: Shaped }> {
  const { kind, first, after } = page;
  const statement = entitiesConnectionStatement(info, page);
  const sorted = (page.orderBy?.length ?? 0) > 0;
  // The plain statement takes the cursor's id; the other one the cursor's sort keys (the id alone by default).
  const afterId = after === null || sorted ? null : decodeCursor(after, "after");
  const afterKeys = sorted
    ? after === null
      ? null
      : decodeKeyCursor(after, "after", (page.orderBy?.length ?? 0) + 1)
    : afterId === null
      ? null
      : [afterId];
  const [row] = await db.read(statement, {
    kind,
    first: int(first),
    after: statement.name === "queries/list-entities" ? afterId : afterKeys,
    withTotal: selects(info, "totalCount"),
  });
  const items = (row?.page as ShapedEntity[] | undefined) ?? [];
  const keys = (row?.keys as unknown[][] | undefined) ?? [];
  const cursors = sorted ? keys.map((k) => encodeKeyCursor(k)) : undefined;
  return {
    ...connection(items, first, Number(row?.totalCount ?? 0), after !== null, cursors),
    aggregate: row?.aggregate as Shaped | undefined,
  };
}

export interface SearchHit {
  entity: ShapedEntity;
  score: number;
}

/** The `search` query's statement: hits best first, each entity shaped like the selection. */
export const searchStatement = (info: RootInfo) =>
  translate(info, "queries/search-entities", (t, nodes) => {
    const path = `${rootPath(info)}.entity`;
    const entity = entityProjection(t, "n", nodesAt(nodes, ["entity"], t.walk), path);
    return `RETURN score, ${entity} AS entity`;
  });

/** Full-text search over names and aliases, best first. */
export async function searchEntities(
  db: RequestDb,
  info: RootInfo,
  text: string,
  first: number,
): Promise<SearchHit[]> {
  const query = luceneQuery(text);
  if (!query) throw new BadUserInputError("text", "must contain at least one letter or digit");
  const rows = await db.read(searchStatement(info), { query, first: int(first) });
  return rows.map((r) => ({ entity: r.entity as ShapedEntity, score: Number(r.score) }));
}
