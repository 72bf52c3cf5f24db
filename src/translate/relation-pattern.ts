import type { Direction, End } from "./relation-fields";

const RELATIONSHIP_TYPE = /^[A-Z][A-Z_]*$/;

/** The pattern from `self` along relationship `r` of `types` to `far`, in `direction`. */
export function relationPattern(
  self: string,
  r: string,
  types: readonly string[],
  direction: Direction,
  far: string,
) {
  for (const type of types) {
    // The types come from the RelationshipType enum; a name that is not one never reaches the text.
    if (!RELATIONSHIP_TYPE.test(type)) throw new Error(`Not a relationship type: ${type}`);
  }
  const rel = `[${r}:${types.join("|")}]`;
  const arrow = direction === "IN" ? `<-${rel}-` : direction === "OUT" ? `-${rel}->` : `-${rel}-`;
  return `(${self})${arrow}(${far})`;
}

/** The node an entity field of a relationship item is, seen from `self` along `direction`. */
export function endNode(end: End, direction: Direction, self: string, far: string): string {
  if (end === "far") return far;
  const selfIsStart = direction === "OUT";
  return (end === "start") === selfIsStart ? self : far;
}
