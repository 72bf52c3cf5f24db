import { EventKind } from "../schema/enums";
import { CITATION_LISTS, citationsOf, type StoredCitation } from "../model/stored-values";
import { sourceHref } from "../source/selector.rules";

type Props = Record<string, unknown>;

/** A relationship as the queries return it. */
export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Props;
}

export interface GraphNodeRecord {
  id: string;
  label: string;
  kind: string;
  isEvent: boolean;
  properties: Props;
}

export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  properties: Props;
}

const EVENT_KINDS = new Set<string>(Object.values(EventKind));
const STORAGE_ONLY = new Set([...Object.values(CITATION_LISTS), "aliasText"]);

/** A citation as the exports give it: with `link`, its place on the source page (or its other source's url). */
export interface LinkedCitation extends StoredCitation {
  link: string | null;
}

/** Stored citations decoded, each with its link: `/source#offset-N` for the 20-F, the url for another source. */
export function linkedCitations(props: Props): LinkedCitation[] {
  return citationsOf(props).map((c) => ({
    ...c,
    link: c.offset >= 0 ? sourceHref(c.offset) : (c.url ?? null),
  }));
}

/** Stored properties without the storage-only ones, with citations decoded and linked. */
export function publicProperties(props: Props, withCitations = true): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props)) if (!STORAGE_ONLY.has(key)) out[key] = value;
  if (withCitations) out.citations = linkedCitations(props);
  return out;
}

export function isEventKind(kind: unknown): boolean {
  return typeof kind === "string" && EVENT_KINDS.has(kind);
}

export function toGraphNode(props: Props): GraphNodeRecord {
  return {
    id: String(props.id),
    label: String(props.name ?? props.id),
    kind: String(props.kind),
    isEvent: isEventKind(props.kind),
    properties: publicProperties(props),
  };
}

const pct = (v: unknown) => (typeof v === "number" ? `${Number(v.toFixed(2))}%` : undefined);

/** The caption of an edge with its key figure: `OWNS 29.7%`, `SUPPLIES 66.2% of backbone`, `INVOLVES (ACQUIRER)`. */
export function edgeLabel(type: string, props: Props): string {
  switch (type) {
    case "OWNS":
      return [type, pct(props.percentage)].filter(Boolean).join(" ");
    case "SUPPLIES": {
      const share = pct(props.costShare);
      const what = typeof props.what === "string" ? props.what : undefined;
      return share
        ? `${type} ${share}${what ? ` of ${what}` : ""}`
        : what
          ? `${type} ${what}`
          : type;
    }
    case "COMPETES_WITH": {
      const segments = Array.isArray(props.segments) ? (props.segments as string[]) : [];
      return segments.length ? `${type} (${segments.join(", ")})` : type;
    }
    case "INVOLVES":
    case "HOLDS_POSITION":
      return typeof props.role === "string" ? `${type} (${props.role})` : type;
    default:
      return type;
  }
}

export function toGraphEdge(row: EdgeRow): GraphEdgeRecord {
  return {
    id: String(row.id ?? `${row.source}-${row.type}-${row.target}`),
    source: row.source,
    target: row.target,
    type: row.type,
    label: edgeLabel(row.type, row.props),
    properties: publicProperties(row.props),
  };
}

/**
 * The effective stake along an ownership path: the product of its stakes, in percent. An unknown
 * stake anywhere makes the product unknown (null), never 0 or 100.
 */
export function effectivePercentage(
  stakes: ReadonlyArray<number | null | undefined>,
): number | null {
  if (stakes.length === 0) return null;
  let fraction = 1;
  for (const stake of stakes) {
    if (stake === null || stake === undefined) return null;
    fraction *= stake / 100;
  }
  return Math.round(fraction * 100 * 1e6) / 1e6;
}

/** Distinct by id, first occurrence wins (paths and neighborhoods repeat nodes and edges). */
export function distinctById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}
