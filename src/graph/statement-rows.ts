import type { GeneratedStatement } from "../translate/translate";
import type { CypherName } from "./cypher-registry";
import type { Preceded, Row } from "./gateway";

/**
 * The row each registered statement returns, as its file's `returns:` line describes it. The module that runs a
 * statement declares its row next to the code that reads it, by merging into this interface:
 *
 *     declare module "../graph/statement-rows" {
 *       interface StatementRows { "mutations/find-items": ItemRow }
 *     }
 *
 * so the graph layer knows no row of the domain, and a statement has one row type wherever it runs. Statements
 * declared nowhere (those whose rows nobody reads) return `Row`. A generated statement carries its row type
 * from `translate` (the columns its RETURN clause writes).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface StatementRows {}

/**
 * The row a statement returns: a preceded one's is the one of the statement it precedes. A name known only as
 * `CypherName` (any statement) returns `Row`.
 */
export type RowOf<S> = [S] extends [keyof StatementRows]
  ? StatementRows[S]
  : [S] extends [CypherName]
    ? Row
    : S extends Preceded<infer Then>
      ? RowOf<Then>
      : S extends GeneratedStatement<infer R>
        ? R
        : Row;
