import type { FieldNode } from "graphql";
import type { CypherName } from "../graph/cypher-registry";
import { aggregateProjection, type AggregateSpec } from "./aggregate.projection";
import { afterCursor, listOrdering, orderClause, type OrderSpec, type Ordering } from "./order-by";
import type { Shaped } from "./shaped";
import { rootPath, translate, type RootInfo } from "./translate";
import type { Translation } from "./translation";
import { nodesAt } from "./walk";
import { wherePredicate, type Subject } from "./where";

/**
 * The items of `list` whose id (`id`, read from an item `m`) is there. A statement reads while others write: an
 * item another transaction deletes after the scan found it reads as null. Left out, it is neither counted nor
 * paged (counted and not paged, it made totalCount larger than the one page that held the rest; paged, its
 * projection had no kind to resolve its GraphQL type by).
 */
const STILL_THERE = (list: string, id: string) => `[m IN ${list} WHERE ${id} IS NOT NULL]`;

/** A connection's aggregate: CALL subqueries over `matched` and the expression read after them. */
export interface AggregateParts {
  calls: readonly string[];
  expression: string;
}

export const NO_AGGREGATE: AggregateParts = { calls: [], expression: "null" };

/**
 * The part of a connection statement after its root finds the candidates `v`: keep those `filter` holds for,
 * order them (`ordering`, then by id), aggregate every one kept, and cut the page after the cursor's sort keys
 * (`$after`, a list, or null) at `$first` + 1. It returns totalCount (when `$withTotal`), the page projected
 * by `projection` (over `v`), each item's sort keys (`keys`) and the aggregate. In id order without an
 * aggregate, only the page is sorted.
 */
export function keptPage(o: {
  v: string;
  filter: string;
  ordering: Ordering;
  aggregate: AggregateParts;
  projection: string;
  /** Whether totalCount is selected (it counts every item kept). */
  counted: boolean;
}): string {
  const { v, filter, ordering, aggregate, projection } = o;
  const { calls, keys } = ordering;
  // An item of the page deleted since it was kept is left out of it and of the count (see STILL_THERE); whether
  // a next page exists is told by the page as cut (`more`), so the next page goes on after the items shown.
  const tail = [
    `WITH totalCount, aggregate, page, ${STILL_THERE("page", "m[0].id")} AS shown`,
    `RETURN totalCount - size(page) + size(shown) AS totalCount, [${v} IN [m IN shown | m[0]] | ${projection}] AS page,`,
    `  [m IN shown | m[1]] AS keys, aggregate, size(page) > $first AS more`,
  ].join("\n");
  const kept = filter === "true" ? [] : [`WITH ${v} WHERE ${filter}`];
  if (keys.length === 1 && !aggregate.calls.length && o.counted) {
    // In id order, counted, nothing aggregated: every item kept is counted, and only the page is sorted (top k).
    // Each id is read as the item is kept, once: the page is cut by the ids the count saw.
    return [
      ...kept,
      `WITH ${STILL_THERE(`collect([${v}, ${v}.id])`, "m[1]")} AS kept`,
      "CALL (kept) {",
      "UNWIND kept AS m",
      "WITH m WHERE m[1] > coalesce($after[0], '')",
      "WITH m ORDER BY m[1] LIMIT $first + 1",
      "RETURN collect([m[0], [m[1]]]) AS page",
      "}",
      "WITH null AS aggregate, size(kept) AS totalCount, page",
      tail,
    ].join("\n");
  }
  if (keys.length === 1 && !aggregate.calls.length) {
    // In id order, with nothing counted or aggregated: only the page is read, in the id index's order, the
    // filter evaluated until it is full.
    return [
      `WITH ${v} WHERE ${v}.id > coalesce($after[0], '')${filter === "true" ? "" : ` AND ${filter}`}`,
      `WITH ${v} ORDER BY ${v}.id LIMIT $first + 1`,
      `WITH null AS aggregate, null AS totalCount, collect([${v}, [${v}.id]]) AS page`,
      tail,
    ].join("\n");
  }
  return [
    ...kept,
    ...calls,
    `WITH ${v}, [${keys.map((k) => k.expression).join(", ")}] AS keys`,
    `ORDER BY ${orderClause(keys, "keys")}`,
    `WITH ${STILL_THERE(`collect([${v}, keys])`, "m[1][-1]")} AS matched`,
    ...aggregate.calls,
    `WITH ${aggregate.expression} AS aggregate, CASE WHEN $withTotal THEN size(matched) END AS totalCount,`,
    `  [m IN matched WHERE $after IS NULL OR ${afterCursor(keys, "m[1]", "$after")}][..$first + 1] AS page`,
    tail,
  ].join("\n");
}

/** A list read by keptPage: its root statement, what its items are, and how they are filtered, ordered, aggregated and shown. */
export interface KeptList {
  /** The root statement (under cypher/queries/) leaving the candidates in `v`. */
  statement: CypherName;
  v: string;
  /** The `where` input type and what it is about. */
  whereType: string;
  subject: Subject;
  order: OrderSpec;
  aggregate: AggregateSpec;
  /** An item as the selection under `edges.node` asks. */
  projection: (t: Translation, nodes: FieldNode[], path: string) => string;
}

/**
 * The statement of a connection (`entities`, `relationships`, `events`) with a filter, an order or an aggregate:
 * the root statement, then keptPage over its candidates, shaped like the selection.
 */
/**
 * The row of a kept list's statement: the page (items shaped like `edges.node`), each item's sort keys, the count
 * of matches (when asked) and the aggregate (when selected).
 */
export type KeptRow = {
  page: Shaped[];
  keys: unknown[][];
  totalCount: number;
  aggregate: Shaped | null;
  /** Whether items follow the page (it may hold fewer than `$first` when some were deleted as it was read). */
  more: boolean;
};

export const keptListStatement = (
  info: RootInfo,
  list: KeptList,
  query: {
    where: Record<string, unknown> | null;
    orderBy: ReadonlyArray<Record<string, unknown>> | null;
  },
) =>
  translate<KeptRow>(info, list.statement, (t, nodes) => {
    const root = rootPath(info);
    const aggregateNodes = nodesAt(nodes, ["aggregate"], t.walk);
    const item = (m: string) => `${m}[0]`;
    return keptPage({
      v: list.v,
      filter: wherePredicate(t, query.where, list.whereType, list.subject, `${root}.where`),
      ordering: listOrdering(t, query.orderBy, list.order, list.v, `${root}.orderBy`),
      aggregate: aggregateNodes.length
        ? aggregateProjection(
            t,
            list.aggregate,
            aggregateNodes,
            "matched",
            item,
            `${root}.aggregate`,
          )
        : NO_AGGREGATE,
      projection: list.projection(
        t,
        nodesAt(nodes, ["edges", "node"], t.walk),
        `${root}.edges.node`,
      ),
      counted: nodesAt(nodes, ["totalCount"], t.walk).length > 0,
    });
  });
