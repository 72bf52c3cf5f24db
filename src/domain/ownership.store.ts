import type { RequestDb } from "../graph/request-db";
import { NotFoundError } from "../errors";
import { entityProjection } from "../translate/entity.projection";
import { groupMemberProjection } from "../translate/group.projection";
import type { Shaped, ShapedEntity } from "../translate/shaped";
import { rootPath, translate, type RootInfo } from "../translate/translate";
import { nodesAt } from "../translate/walk";
import { effectivePercentage, type EdgeRow } from "./graph.rules";
import { pathOf, type PathRecord } from "./traversal.store";

type Props = Record<string, unknown>;

/** One row: whether the entity was found, and its ownership paths (each stake's percentage or null). */
type OwnershipChainRow = {
  found: boolean;
  paths: Array<{ nodes: Props[]; edges: EdgeRow[]; stakes: Array<number | null> }>;
};

declare module "../graph/statement-rows" {
  interface StatementRows {
    "queries/ownership-chain-up": OwnershipChainRow;
    "queries/ownership-chain-down": OwnershipChainRow;
  }
}

export interface OwnershipPathRecord extends PathRecord {
  stakes: Array<number | null>;
  effectivePercentage: number | null;
}

/** Ownership paths up (owners) or down (holdings), each with its stakes and their product. */
export async function ownershipChain(
  db: RequestDb,
  p: { id: string; direction: "UP" | "DOWN"; maxDepth: number; asOf: string | null },
): Promise<OwnershipPathRecord[]> {
  const name = p.direction === "UP" ? "queries/ownership-chain-up" : "queries/ownership-chain-down";
  const [row] = await db.read(name, { id: p.id, maxDepth: p.maxDepth, asOf: p.asOf });
  if (!row?.found) throw new NotFoundError("Entity", p.id);
  return row.paths.map((raw) => ({
    ...pathOf(raw),
    stakes: raw.stakes,
    effectivePercentage: effectivePercentage(raw.stakes),
  }));
}

/** The `corporateGroup` query's statement: the group's parent and members, shaped like the selection. */
export const corporateGroupStatement = (info: RootInfo) =>
  translate<{ root: ShapedEntity; members: Array<Shaped & { stakes: Array<number | null> }> }>(
    info,
    "queries/get-corporate-group",
    (t, nodes) => {
      const path = rootPath(info);
      const root = entityProjection(t, "root", nodesAt(nodes, ["root"], t.walk), `${path}.root`);
      const members = nodesAt(nodes, ["members"], t.walk);
      const member = groupMemberProjection(t, "m", members, `${path}.members`);
      return `RETURN ${root} AS root, [m IN members | ${member}] AS members`;
    },
  );

/**
 * The tree of holdings below an entity, shaped like the selection. A member reached along several paths
 * appears once, at its shortest path, preferring a current holding with a known stake (the statement
 * chooses so); its effective percentage is the product of the stakes along that path.
 */
export async function getCorporateGroup(
  db: RequestDb,
  info: RootInfo,
  id: string,
  asOf: string | null,
): Promise<{ root: ShapedEntity; members: Shaped[] }> {
  const [row] = await db.read(corporateGroupStatement(info), { id, asOf });
  if (!row) throw new NotFoundError("Entity", id);
  const members = row.members.map((m) => ({
    ...m,
    effectivePercentage: effectivePercentage(m.stakes),
  }));
  return { root: row.root, members };
}
