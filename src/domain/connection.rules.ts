import { BadUserInputError } from "../errors";

export interface PageInfoRecord {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionRecord<T> {
  edges: Array<{ node: T; cursor: string }>;
  totalCount: number;
  pageInfo: PageInfoRecord;
}

const PREFIX = "id:";

/** Opaque cursor for an id-ordered list. */
export function encodeCursor(id: string): string {
  return Buffer.from(`${PREFIX}${id}`, "utf8").toString("base64url");
}

/** The id inside a cursor; BAD_USER_INPUT naming `field` when it is not one of ours. */
export function decodeCursor(cursor: string, field: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (
    !decoded.startsWith(PREFIX) ||
    decoded.length === PREFIX.length ||
    encodeCursor(decoded.slice(PREFIX.length)) !== cursor
  ) {
    throw new BadUserInputError(field, "is not a cursor returned by this API");
  }
  return decoded.slice(PREFIX.length);
}

const KEYS_PREFIX = "keys:";
/** Longest cursor of sort keys accepted. */
const MAX_KEY_CURSOR = 400;

/** Opaque cursor for a list in an order of its own: the item's sort keys, its id last. */
export function encodeKeyCursor(keys: readonly unknown[]): string {
  return Buffer.from(`${KEYS_PREFIX}${JSON.stringify(keys)}`, "utf8").toString("base64url");
}

/**
 * The sort keys inside a cursor of `length` keys (text, numbers or absent; the last, the id, text);
 * BAD_USER_INPUT naming `field` when it is not one of ours for this order.
 */
export function decodeKeyCursor(cursor: string, field: string, length: number): unknown[] {
  const refuse = () =>
    new BadUserInputError(field, "is not a cursor returned by this API for this order");
  if (cursor.length > MAX_KEY_CURSOR) throw refuse();
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith(KEYS_PREFIX)) throw refuse();
  let keys: unknown;
  try {
    keys = JSON.parse(decoded.slice(KEYS_PREFIX.length));
  } catch {
    throw refuse();
  }
  const scalar = (x: unknown) => x === null || typeof x === "string" || typeof x === "number";
  if (
    !Array.isArray(keys) ||
    keys.length !== length ||
    !keys.every(scalar) ||
    typeof keys.at(-1) !== "string"
  ) {
    throw refuse();
  }
  return keys;
}

/** A Relay connection from `items` (one more than `first` when a next page exists), by default ordered by id. */
export function connection<T extends { id: string }>(
  items: T[],
  first: number,
  totalCount: number,
  hasPreviousPage: boolean,
  /** Each item's cursor when the list is not in id order. */
  cursors?: readonly string[],
  /** Whether items follow, when the statement tells (else: `items` holds one more than `first`). */
  more = items.length > first,
): ConnectionRecord<T> {
  const page = items.slice(0, first);
  const edges = page.map((node, i) => ({ node, cursor: cursors?.[i] ?? encodeCursor(node.id) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: more,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
