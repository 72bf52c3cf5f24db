import type { RequestDb } from "../graph/request-db";
import { entityProjection } from "../translate/entity.projection";
import { eventProjection } from "../translate/event.projection";
import { relationshipProjection } from "../translate/relationship.projection";
import type { Shaped } from "../translate/shaped";
import { rootPath, translate, type RootInfo } from "../translate/translate";
import { exchangeRateRecord } from "./rates.store";

/**
 * The statement finding what has each of `$ids`, shaped like the selection on `Node`: an entity (its kind names
 * its type), or an event, a relationship or an exchange rate marked with `__node` (see node.type.ts's
 * resolveType).
 */
export const nodesStatement = (info: RootInfo) =>
  translate<{ i: number; node: Shaped | null }>(info, "queries/get-nodes", (t, nodes) => {
    const path = rootPath(info);
    const [x] = t.variables("x");
    const marked = (projection: string, type: string) =>
      `[${x} IN [${projection}] | ${x}{.*, __node: '${type}'}][0]`;
    return [
      "RETURN i, CASE",
      `  WHEN entity IS NOT NULL THEN ${entityProjection(t, "entity", nodes, path)}`,
      `  WHEN event IS NOT NULL THEN ${marked(eventProjection(t, "event", nodes, path), "Event")}`,
      `  WHEN relationship IS NOT NULL THEN ${marked(relationshipProjection(t, "relationship", nodes, path), "Relationship")}`,
      "  WHEN exchangeRate IS NOT NULL THEN exchangeRate {.*, __node: 'ExchangeRate'}",
      "END AS node",
      "ORDER BY i",
    ].join("\n");
  });

/** What has each id, in the order asked (null where nothing has it), in one statement. */
export async function getNodes(
  db: RequestDb,
  info: RootInfo,
  ids: readonly string[],
): Promise<Array<Shaped | null>> {
  const rows = await db.read(nodesStatement(info), { ids });
  return ids.map((_, i) => {
    const node = rows[i]?.node ?? null;
    return node?.__node === "ExchangeRate" ? exchangeRateRecord(node) : node;
  });
}
