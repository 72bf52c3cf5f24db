import { seedGraph, type SeedNode } from "./reference-where";

/** One `orderBy` key, as the API takes it (`{ name: ASC }`, `{ holdings: { percentage: { sum: DESC } } }`). */
export type SortKey = Record<string, unknown>;

/** The relationship lists of an entity: type and direction (src/translate/relation-fields.ts, restated). */
const LISTS: Readonly<
  Record<string, { types: string[] | "any"; direction: "IN" | "OUT" | "BOTH" }>
> = {
  owners: { types: ["OWNS"], direction: "IN" },
  holdings: { types: ["OWNS"], direction: "OUT" },
  competitors: { types: ["COMPETES_WITH"], direction: "BOTH" },
  suppliers: { types: ["SUPPLIES"], direction: "IN" },
  customers: { types: ["SUPPLIES"], direction: "OUT" },
  officers: { types: ["HOLDS_POSITION"], direction: "IN" },
  positions: { types: ["HOLDS_POSITION"], direction: "OUT" },
  riskFactors: { types: ["CONCERNS"], direction: "IN" },
  figures: { types: ["HAS_FIGURE"], direction: "OUT" },
  relationships: { types: "any", direction: "BOTH" },
};

type Value = string | number | null;

/** The properties of the relationships of list `name` at entity `id`, as the seed files hold them. */
function listItems(id: string, name: string): Array<Record<string, unknown>> {
  const list = LISTS[name];
  if (!list) throw new Error(`no relationship list ${name}`);
  return seedGraph()
    .edges.filter((e) => list.types === "any" || list.types.includes(e.type))
    .flatMap((e) => {
      const out = e.from === id && list.direction !== "IN";
      const into = e.to === id && list.direction !== "OUT";
      // A relationship from the entity to itself would be met once each way, as a pattern match meets it.
      return [...(out ? [e.props] : []), ...(into ? [e.props] : [])];
    });
}

/** The value of one sort key for an entity: a stored field, or an aggregate of one of its relationship lists. */
function keyValue(node: SeedNode, key: SortKey): { value: Value; direction: string } {
  const [field, how] = only(key);
  if (typeof how === "string")
    return { value: (node.props[field] as Value) ?? null, direction: how };
  const [measure, spec] = only(how as Record<string, unknown>);
  const items = listItems(node.id, field);
  if (measure === "count") return { value: items.length, direction: spec as string };
  const [fn, direction] = only(spec as Record<string, unknown>);
  const values = items.map((p) => p[measure]).filter((x): x is number => typeof x === "number");
  const sum = values.reduce((a, b) => a + b, 0);
  const value =
    fn === "sum"
      ? sum
      : values.length === 0
        ? null
        : fn === "min"
          ? Math.min(...values)
          : fn === "max"
            ? Math.max(...values)
            : sum / values.length;
  return { value, direction: direction as string };
}

/** The one entry an input names. */
function only(input: Record<string, unknown>): [string, unknown] {
  const entries = Object.entries(input).filter(([, v]) => v !== null && v !== undefined);
  if (entries.length !== 1) throw new Error(`a sort key names one field: ${JSON.stringify(input)}`);
  return entries[0]!;
}

/** Cypher's ORDER BY on one key: ascending puts absent values last, descending first. */
function compare(a: Value, b: Value, direction: string): number {
  if (a === b) return 0;
  if (a === null) return direction === "ASC" ? 1 : -1;
  if (b === null) return direction === "ASC" ? -1 : 1;
  const less = a < b;
  return (direction === "ASC") === less ? -1 : 1;
}

/** The ids, in the order `orderBy` asks of them, then by id, computed over the seed files. */
export function referenceOrder(ids: readonly string[], orderBy: readonly SortKey[]): string[] {
  const graph = seedGraph();
  const rows = ids.map((id) => {
    const node = graph.byId.get(id);
    if (!node) throw new Error(`no seed entity ${id}`);
    return { id, keys: orderBy.map((k) => keyValue(node, k)) };
  });
  rows.sort((a, b) => {
    for (let i = 0; i < orderBy.length; i++) {
      const c = compare(a.keys[i]!.value, b.keys[i]!.value, a.keys[i]!.direction);
      if (c !== 0) return c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return rows.map((r) => r.id);
}
