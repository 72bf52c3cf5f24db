import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { RelationshipType } from "../schema/enums";
import { relationshipProjection } from "../translate/relationship.projection";
import type { Shaped } from "../translate/shaped";
import { translate, type RootInfo } from "../translate/translate";
import { nodesAt } from "../translate/walk";
import { connection, decodeCursor, type ConnectionRecord } from "./connection.rules";
import { selects } from "./entity.store";

export interface RelationshipFilter {
  types: string[] | null;
  from: string | null;
  to: string | null;
  asOf: string | null;
}

const ALL_TYPES: readonly string[] = Object.values(RelationshipType);

/** The `relationships` connection's statement: a page of relationships, each shaped like `edges.node`. */
export const relationshipsStatement = (info: RootInfo) =>
  translate(info, "queries/list-relationships", (t, nodes) => {
    const relationship = relationshipProjection(t, "r", nodesAt(nodes, ["edges", "node"], t.walk));
    return `RETURN totalCount, [r IN page | ${relationship}] AS page`;
  });

/** A page of relationships ordered by id (Relay connection), shaped like the selection. */
export async function listRelationships(
  db: RequestDb,
  info: RootInfo,
  filter: RelationshipFilter,
  first: number,
  after: string | null,
): Promise<ConnectionRecord<Shaped & { id: string }>> {
  const afterId = after === null ? null : decodeCursor(after, "after");
  const [row] = await db.read(relationshipsStatement(info), {
    ...filter,
    types: filter.types ?? ALL_TYPES,
    after: afterId,
    first: int(first),
    withTotal: selects(info, "totalCount"),
  });
  const items = (row?.page as Array<Shaped & { id: string }> | undefined) ?? [];
  return connection(items, first, Number(row?.totalCount ?? 0), afterId !== null);
}
