import type { RequestDb } from "../graph/request-db";
import { NotFoundError } from "../errors";
import { effectivePercentage, type EdgeRow } from "./graph.rules";
import type { RateBook } from "./rates.store";
import { citationsOf, entityOf, type EntityRecord } from "./records";
import { pathOf, type PathRecord } from "./traversal.store";

type Props = Record<string, unknown>;

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
  return (
    row.paths as Array<{ nodes: Props[]; edges: EdgeRow[]; stakes: Array<number | null> }>
  ).map((raw) => ({
    ...pathOf(raw),
    stakes: raw.stakes,
    effectivePercentage: effectivePercentage(raw.stakes),
  }));
}

export interface GroupMemberRecord {
  entity: EntityRecord;
  parentId: string;
  relationshipId: string;
  depth: number;
  percentage: number | null;
  effectivePercentage: number | null;
  consolidation: string | null;
  includesAffiliates: boolean;
  former: boolean;
  since: string | null;
  until: string | null;
  asOf: string | null;
  note: string | null;
  citations: ReturnType<typeof citationsOf>;
}

export interface CorporateGroupRecord {
  root: EntityRecord;
  members: GroupMemberRecord[];
}

const str = (v: unknown) => (typeof v === "string" ? v : null);

/**
 * The tree of holdings below an entity. A member reached along several paths appears once, at its
 * shortest path, preferring a current holding with a known stake (the statement orders them so).
 */
export async function getCorporateGroup(
  db: RequestDb,
  rates: RateBook,
  id: string,
  asOf: string | null,
): Promise<CorporateGroupRecord> {
  const [[row]] = await Promise.all([
    db.read("queries/get-corporate-group", { id, asOf }),
    rates.ensure(db),
  ]);
  if (!row) throw new NotFoundError("Entity", id);
  const seen = new Set<string>();
  const members: GroupMemberRecord[] = [];
  for (const m of row.members as Array<
    Props & { entity: Props; props: Props; stakes: Array<number | null> }
  >) {
    const entity = entityOf(m.entity, rates.rateFor());
    if (seen.has(entity.id)) continue;
    seen.add(entity.id);
    members.push({
      entity,
      parentId: String(m.parentId),
      relationshipId: String(m.relationshipId),
      depth: Number(m.depth),
      percentage: typeof m.props.percentage === "number" ? m.props.percentage : null,
      effectivePercentage: effectivePercentage(m.stakes),
      consolidation: str(m.props.consolidation),
      includesAffiliates: m.props.includesAffiliates === true,
      former: m.props.former === true,
      since: str(m.props.since),
      until: str(m.props.until),
      asOf: str(m.props.asOf),
      note: str(m.props.note),
      citations: citationsOf(m.props),
    });
  }
  return { root: entityOf(row.root as Props, rates.rateFor()), members };
}
