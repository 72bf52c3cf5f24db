/**
 * The relationship reads that cypher/fragments/entity-relations expands with a typed, directed
 * pattern (`(n)<-[r:OWNS]-(o)`), so Neo4j follows only those relationships. Any other read (the
 * `relationships` field's mixes of types) takes the generic branch: every relationship of the
 * node, filtered by type and direction.
 */
export const TYPED_PATTERNS = [
  { type: "OWNS", direction: "IN" },
  { type: "OWNS", direction: "OUT" },
  { type: "COMPETES_WITH", direction: "BOTH" },
  { type: "SUPPLIES", direction: "IN" },
  { type: "SUPPLIES", direction: "OUT" },
  { type: "HOLDS_POSITION", direction: "IN" },
  { type: "HOLDS_POSITION", direction: "OUT" },
  { type: "CONCERNS", direction: "IN" },
  { type: "CONCERNS", direction: "OUT" },
  { type: "HAS_FIGURE", direction: "OUT" },
] as const;

export const GENERIC_PATTERN = "*";

export const patternName = (type: string, direction: string) => `${type}:${direction}`;

const TYPED = new Set<string>(TYPED_PATTERNS.map((p) => patternName(p.type, p.direction)));

/** The branch of the fragment that answers a read of `types` in `direction`. */
export function patternOf(types: readonly string[], direction: string): string {
  const name = types.length === 1 ? patternName(types[0]!, direction) : GENERIC_PATTERN;
  return TYPED.has(name) ? name : GENERIC_PATTERN;
}
