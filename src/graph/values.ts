import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isRelationship,
  isTime,
} from "neo4j-driver";

/**
 * Converts a value from a Neo4j record into plain JSON-ready data: integers become numbers
 * (strings when outside the safe range, so nothing is lost), temporal values ISO strings,
 * nodes and relationships their properties. Statements return map projections, so graph
 * objects here are the exception.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") {
    if (typeof value !== "bigint") return value;
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps from map projections are plain objects: the common case, checked before the driver's classes.
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null)
    return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (isPath(value)) return value.segments.map((s) => toPlain(s.relationship));
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (Object.hasOwn(value, key)) out[key] = toPlain(value[key]);
  }
  return out;
}

/** A Neo4j integer parameter (LIMIT and SKIP reject floats, and JS numbers are sent as floats). */
export function int(value: number): unknown {
  return neo4j.int(value);
}
