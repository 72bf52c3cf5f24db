import { getNamedType, GraphQLObjectType } from "graphql";
import { mapOf, type Translation } from "./translation";
import { selectedFields, type SelectedField } from "./walk";

/**
 * An aggregate field of a list (`holdingsAggregate { count percentage { sum } }`, `eventsAggregate`) as one
 * expression: `lines` (MATCH and WHERE, within a COLLECT subquery) find the items, `number` names the Cypher
 * expression of each number field the aggregate type has (undefined for any other field). The numbers of every
 * item come as rows and are aggregated with list functions, not aggregate functions (Neo4j 5.26 refuses an
 * aggregate function inside a subquery within a projection that reads the outer node).
 */
export function listAggregateProjection(
  t: Translation,
  field: SelectedField,
  lines: readonly string[],
  number: (name: string) => string | undefined,
): string {
  const type = getNamedType(field.definition.type);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`No object type ${type.name}`);
  const [rows, row, xs, acc, x] = t.variables("rows", "row", "xs", "acc", "x");
  const numbers: string[] = [];
  const entries: Array<[string, string]> = [];
  for (const selected of selectedFields(field.nodes, type, t.walk)) {
    if (selected.name === "count") {
      entries.push([selected.key, `size(${rows})`]);
      continue;
    }
    const expression = number(selected.name);
    if (expression === undefined) {
      throw new Error(`The translator has no rule for ${type.name}.${selected.name}`);
    }
    const i = numbers.push(expression) - 1;
    const numberType = getNamedType(selected.definition.type) as GraphQLObjectType;
    const measures = selectedFields(selected.nodes, numberType, t.walk).flatMap((m) => {
      const measure = MEASURES[m.name];
      return measure ? [[m.key, measure(xs, acc, x)] as [string, string]] : [];
    });
    const given = `[${row} IN ${rows} WHERE ${row}[${i}] IS NOT NULL | ${row}[${i}]]`;
    entries.push([selected.key, `[${xs} IN [${given}] | ${mapOf(measures)}][0]`]);
  }
  const collected = ["COLLECT {", ...lines, `RETURN [${numbers.join(", ")}]`, "}"].join("\n");
  return `[${rows} IN [${collected}] | ${mapOf(entries)}][0]`;
}

/** Aggregates of the non-null numbers `xs` (a Cypher list), with `acc` and `x` free names for their reductions. */
const MEASURES: Readonly<Record<string, (xs: string, acc: string, x: string) => string>> = {
  sum: (xs, acc, x) => `reduce(${acc} = 0, ${x} IN ${xs} | ${acc} + ${x})`,
  min: (xs, acc, x) =>
    `reduce(${acc} = null, ${x} IN ${xs} | CASE WHEN ${acc} IS NULL OR ${x} < ${acc} THEN ${x} ELSE ${acc} END)`,
  max: (xs, acc, x) =>
    `reduce(${acc} = null, ${x} IN ${xs} | CASE WHEN ${acc} IS NULL OR ${x} > ${acc} THEN ${x} ELSE ${acc} END)`,
  avg: (xs, acc, x) =>
    `CASE WHEN size(${xs}) = 0 THEN null ELSE toFloat(reduce(${acc} = 0, ${x} IN ${xs} | ${acc} + ${x})) / size(${xs}) END`,
};
