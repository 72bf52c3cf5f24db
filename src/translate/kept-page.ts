import { afterCursor, orderClause, type Ordering } from "./order-by";

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
 * by `projection` (over `v`), each item's sort keys (`keys`) and the aggregate.
 */
export function keptPage(o: {
  v: string;
  filter: string;
  ordering: Ordering;
  aggregate: AggregateParts;
  projection: string;
}): string {
  const { v, filter, ordering, aggregate, projection } = o;
  const { calls, keys } = ordering;
  return [
    ...(filter === "true" ? [] : [`WITH ${v} WHERE ${filter}`]),
    ...calls,
    `WITH ${v}, [${keys.map((k) => k.expression).join(", ")}] AS keys`,
    `ORDER BY ${orderClause(keys, "keys")}`,
    `WITH collect([${v}, keys]) AS matched`,
    ...aggregate.calls,
    `WITH ${aggregate.expression} AS aggregate, CASE WHEN $withTotal THEN size(matched) END AS totalCount,`,
    `  [m IN matched WHERE $after IS NULL OR ${afterCursor(keys, "m[1]", "$after")}][..$first + 1] AS page`,
    `RETURN totalCount, [${v} IN [m IN page | m[0]] | ${projection}] AS page, [m IN page | m[1]] AS keys, aggregate`,
  ].join("\n");
}
