import { edgeLabel, publicProperties } from "./graph.rules";
import { citationsOf, type CitationRecord, type EntityRecord } from "./records";

type Props = Record<string, unknown>;

/** A relationship seen from one of its ends: `other` is the far end's properties. */
export interface RelationRow {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Props;
  other: Props;
}

const str = (v: unknown) => (typeof v === "string" ? v : null);
const num = (v: unknown) => (typeof v === "number" ? v : null);

/** Both ends of a relation row in stored direction, given the entity it was read from. */
export function ends(
  row: RelationRow,
  self: EntityRecord,
  other: EntityRecord,
): [EntityRecord, EntityRecord] {
  return row.source === self.id ? [self, other] : [other, self];
}

export interface RelationshipRecord {
  id: string;
  type: string;
  source: string;
  target: string;
  label: string;
  since: string | null;
  until: string | null;
  asOf: string | null;
  properties: Props;
  citations: CitationRecord[];
}

export function relationshipOf(row: Omit<RelationRow, "other">): RelationshipRecord {
  return {
    id: String(row.id),
    type: row.type,
    source: row.source,
    target: row.target,
    label: edgeLabel(row.type, row.props),
    since: str(row.props.since),
    until: str(row.props.until),
    asOf: str(row.props.asOf),
    properties: publicProperties(row.props, false),
    citations: citationsOf(row.props),
  };
}

export function ownershipOf(row: RelationRow, self: EntityRecord, other: EntityRecord) {
  const [owner, owned] = ends(row, self, other);
  const p = row.props;
  return {
    id: String(row.id),
    owner,
    owned,
    percentage: num(p.percentage),
    asOf: str(p.asOf),
    since: str(p.since),
    until: str(p.until),
    consolidation: str(p.consolidation),
    includesAffiliates: p.includesAffiliates === true,
    former: p.former === true,
    note: str(p.note),
    citations: citationsOf(p),
  };
}

export function competitionOf(row: RelationRow, other: EntityRecord) {
  const p = row.props;
  return {
    id: String(row.id),
    competitor: other,
    segments: Array.isArray(p.segments) ? (p.segments as string[]) : [],
    includesAffiliates: p.includesAffiliates === true,
    note: str(p.note),
    citations: citationsOf(p),
  };
}

export function supplyOf(row: RelationRow, self: EntityRecord, other: EntityRecord) {
  const [supplier, customer] = ends(row, self, other);
  const p = row.props;
  return {
    id: String(row.id),
    supplier,
    customer,
    what: str(p.what),
    costShare: num(p.costShare),
    fiscalYear: str(p.fiscalYear),
    note: str(p.note),
    citations: citationsOf(p),
  };
}

export function positionOf(row: RelationRow, self: EntityRecord, other: EntityRecord) {
  const [person, organization] = ends(row, self, other);
  const p = row.props;
  return {
    id: String(row.id),
    person,
    organization,
    role: str(p.role),
    since: str(p.since),
    until: str(p.until),
    citations: citationsOf(p),
  };
}
