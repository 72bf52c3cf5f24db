import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { connection } from "./entity.store";
import { decodeCursor, type ConnectionRecord } from "./connection.rules";
import { relationshipOf, type RelationshipRecord, type RelationRow } from "./relation.records";

export interface RelationshipFilter {
  types: string[] | null;
  from: string | null;
  to: string | null;
  asOf: string | null;
}

/** A page of relationships ordered by id (Relay connection). */
export async function listRelationships(
  db: RequestDb,
  filter: RelationshipFilter,
  first: number,
  after: string | null,
): Promise<ConnectionRecord<RelationshipRecord>> {
  const afterId = after === null ? null : decodeCursor(after, "after");
  const [row] = await db.read("queries/list-relationships", {
    ...filter,
    after: afterId,
    first: int(first),
  });
  const items = ((row?.relationships as Array<Omit<RelationRow, "other">>) ?? []).map(
    relationshipOf,
  );
  return connection(items, first, Number(row?.totalCount ?? 0), afterId !== null);
}
