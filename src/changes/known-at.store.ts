import { ApiError, BadUserInputError, ErrorCode, NotFoundError } from "../errors";
import type { Preceded } from "../graph/gateway";
import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { RelationshipType } from "../model/vocabulary";
import { connection, decodeCursor, type ConnectionRecord } from "../domain/connection.rules";
import type { RelationshipFilter } from "../domain/relationships.store";
import type { Shaped, ShapedEntity } from "../translate/shaped";
import {
  relationshipFieldsSelected,
  shapeStoredEntity,
  shapeStoredRelationship,
} from "../translate/stored-shape";
import type { RootInfo } from "../translate/translate";
import { knownAtInstant } from "./change.rules";
import type { StoredRelationship } from "../model/stored-relationship";

type Props = Record<string, unknown>;

/** What get-known-seq hands the read after it: the last change known (-1: none yet), and whether any is. */
type KnownSeq = { seq: number; recorded: boolean };

type KnownAtRead = "changes/get-entity-known-at" | "changes/list-relationships-known-at";

declare module "../graph/statement-rows" {
  interface StatementRows {
    /** `later`: the first later change's before (a JSON string, or null: created later). */
    "changes/get-entity-known-at": KnownSeq & {
      later: string | null;
      changedSince: boolean;
      current: Props | null;
    };
    /** `earlier`: the before (JSON) of the first later change per relationship, null for ones created later. */
    "changes/list-relationships-known-at": KnownSeq & {
      current: StoredRelationship[];
      earlier: Array<string | null>;
    };
  }
}

/** Relationships read at most, stored and changed-since each, by a knownAt read of `relationships`. */
export const KNOWN_AT_SCAN_LIMIT = 10_000;

/**
 * A knownAt read preceded, in its one statement, by the search for the last change recorded at or before
 * `knownAt` (get-known-seq): the read answers from the log up to it, and from the graph as stored when the log
 * is empty (a database written before it was kept).
 */
const atKnownAt = <Then extends KnownAtRead>(then: Then, knownAt: string): Preceded<Then> => ({
  first: "changes/get-known-seq",
  firstParams: { knownAt: knownAtInstant(knownAt) },
  then,
});

/** Whether `knownAt` is before change 0, the seed load: the graph held nothing then. */
const beforeTheLoad = (row: KnownSeq | undefined) =>
  row !== undefined && row.recorded && row.seq < 0;

/** One entity as the graph recorded it at `knownAt`; NOT_FOUND when it did not exist then. */
export async function getEntityKnownAt(
  db: RequestDb,
  info: RootInfo,
  id: string,
  knownAt: string,
): Promise<ShapedEntity> {
  // Only the entity's own fields are rebuilt from the log: its relationships as recorded are `relationships(knownAt:)`.
  const [field] = relationshipFieldsSelected(info);
  if (field) {
    throw new BadUserInputError(
      `${String(info.path.key)}.${field}`,
      "is not read with knownAt: ask relationships(knownAt:) for the relationships as recorded then",
    );
  }
  const [row] = await db.read(atKnownAt("changes/get-entity-known-at", knownAt), { id });
  if (beforeTheLoad(row)) throw new NotFoundError("Entity", id);
  const state = row?.changedSince
    ? typeof row.later === "string"
      ? (JSON.parse(row.later) as Props)
      : null
    : (row?.current ?? null);
  if (!state) throw new NotFoundError("Entity", id);
  return shapeStoredEntity(state);
}

const holdsOn = (props: Props, asOf: string) => {
  const since = typeof props.since === "string" ? props.since : null;
  const until = typeof props.until === "string" ? props.until : null;
  return (since === null || since <= asOf) && (until === null || until > asOf);
};

/** The relationship types a knownAt read looks at when none are asked: the graph's, but INVOLVES (an event's). */
const KNOWN_AT_TYPES: readonly string[] = Object.values(RelationshipType).filter(
  (t) => t !== RelationshipType.INVOLVES,
);

/**
 * A page of relationships as the graph recorded them at `knownAt`, filtered and ordered by id as `relationships`
 * is. INVOLVES is part of its event's history, not read here.
 */
export async function listRelationshipsKnownAt(
  db: RequestDb,
  filter: RelationshipFilter,
  first: number,
  after: string | null,
  knownAt: string,
): Promise<ConnectionRecord<Shaped & { id: string }>> {
  if (filter.types?.includes("INVOLVES")) {
    throw new BadUserInputError(
      "types",
      "INVOLVES is not read with knownAt: an event's participants are in the event's history",
    );
  }
  const afterId = after === null ? null : decodeCursor(after, "after");
  const [row] = await db.read(atKnownAt("changes/list-relationships-known-at", knownAt), {
    types: filter.types ?? KNOWN_AT_TYPES,
    from: filter.from,
    to: filter.to,
    limit: int(KNOWN_AT_SCAN_LIMIT),
  });
  if (beforeTheLoad(row)) return connection([], first, 0, afterId !== null);
  const current = row?.current ?? [];
  const earlierText = row?.earlier ?? [];
  if (current.length >= KNOWN_AT_SCAN_LIMIT || earlierText.length >= KNOWN_AT_SCAN_LIMIT) {
    throw new ApiError(
      `A knownAt read looks at most ${KNOWN_AT_SCAN_LIMIT} relationships; narrow it with types, from or to.`,
      ErrorCode.BAD_USER_INPUT,
      { field: "knownAt" },
    );
  }
  const earlier = earlierText
    .filter((t): t is string => typeof t === "string")
    .map((t) => JSON.parse(t) as StoredRelationship)
    .filter(
      (r) =>
        (filter.types === null || filter.types.includes(r.type)) &&
        (filter.from === null || r.source === filter.from) &&
        (filter.to === null || r.target === filter.to),
    );
  const all = [...current, ...earlier]
    .filter((r) => filter.asOf === null || holdsOn(r.props, filter.asOf))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const rest = afterId === null ? all : all.filter((r) => r.id > afterId);
  return connection(
    rest.slice(0, first + 1).map(shapeStoredRelationship),
    first,
    all.length,
    afterId !== null,
  );
}
