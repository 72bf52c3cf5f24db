import type { RequestDb } from "../graph/request-db";
import { entityProjection } from "../translate/entity.projection";
import { eventProjection } from "../translate/event.projection";
import { relationshipProjection } from "../translate/relationship.projection";
import type { Shaped } from "../translate/shaped";
import { rootPath, translate, type RootInfo } from "../translate/translate";
import { exchangeRates } from "./rates.store";

/**
 * The statement finding what has each of `$ids`, shaped like the selection on `Node`: an entity (its kind names
 * its type), or an event or relationship marked with `__node` (see node.type.ts's resolveType).
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
      `  WHEN relationship IS NOT NULL THEN ${marked(relationshipProjection(t, "relationship", nodes), "Relationship")}`,
      "END AS node",
      "ORDER BY i",
    ].join("\n");
  });

/**
 * What has each id, in the order asked (null where nothing has it): one statement for entities, events and
 * relationships; the exchange-rate table is read once more only when an id is none of those.
 */
export async function getNodes(
  db: RequestDb,
  info: RootInfo,
  ids: readonly string[],
): Promise<Array<Shaped | null>> {
  const rows = await db.read(nodesStatement(info), { ids });
  const found: Array<Shaped | null> = ids.map((_, i) => rows[i]?.node ?? null);
  if (found.every((n) => n !== null)) return found;
  const rates = new Map(
    (await exchangeRates(db, null)).map((r) => [String((r as { id?: unknown }).id), r]),
  );
  return found.map(
    (n, i) => n ?? (rates.has(ids[i]!) ? { ...rates.get(ids[i]!)!, __node: "ExchangeRate" } : null),
  );
}
