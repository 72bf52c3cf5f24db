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

/** A Relay connection from `items` (one more than `first` when a next page exists), ordered by id. */
export function connection<T extends { id: string }>(
  items: T[],
  first: number,
  totalCount: number,
  hasPreviousPage: boolean,
): ConnectionRecord<T> {
  const page = items.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(node.id) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: items.length > first,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
