import { BadUserInputError } from "../errors";

/** What a change record is about. GRAPH is the seed load (change 0). */
export const CHANGE_ITEM_KINDS = ["GRAPH", "ENTITY", "RELATIONSHIP", "EVENT"] as const;
export type ChangeItemKind = (typeof CHANGE_ITEM_KINDS)[number];

/** What a change did; LOAD is the seed load. */
export const CHANGE_OPERATIONS = ["LOAD", "CREATE", "UPDATE", "DELETE"] as const;
export type ChangeOperation = (typeof CHANGE_OPERATIONS)[number];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level: the same state always gives the same text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value as Json;
}

/** One item's state before and after a write, as read inside its transaction (null: absent). */
export interface ItemStates {
  kind: Exclude<ChangeItemKind, "GRAPH">;
  id: string;
  before: unknown;
  after: unknown;
}

/** A change to record, as append-changes.cypher takes it. */
export interface ChangeRow {
  operation: ChangeOperation;
  itemKind: ChangeItemKind;
  itemId: string;
  before: string | null;
  after: string | null;
  fields: string[];
}

/** The properties (top-level keys, or the keys under `props` for relationships and events) whose values differ. */
export function changedFields(before: unknown, after: unknown): string[] {
  const flat = (v: unknown): Record<string, unknown> => {
    if (v === null || typeof v !== "object") return {};
    const o = v as Record<string, unknown>;
    if (o.props && typeof o.props === "object") {
      const { props, ...rest } = o;
      return { ...(props as Record<string, unknown>), ...rest };
    }
    return o;
  };
  const a = flat(before);
  const b = flat(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => stableJson(a[k]) !== stableJson(b[k]))
    .sort();
}

/**
 * The change records of a write: one per item whose state differs (an idempotent repeat gives none), in the
 * order given. Created when there was no state before, deleted when there is none after.
 */
export function changeRows(items: readonly ItemStates[]): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const item of items) {
    const before =
      item.before === null || item.before === undefined ? null : stableJson(item.before);
    const after = item.after === null || item.after === undefined ? null : stableJson(item.after);
    if (before === after) continue;
    rows.push({
      operation: before === null ? "CREATE" : after === null ? "DELETE" : "UPDATE",
      itemKind: item.kind,
      itemId: item.id,
      before,
      after,
      fields: changedFields(item.before, item.after),
    });
  }
  return rows;
}

const PREFIX = "change:";

/** The opaque cursor of a change (its sequence number). */
export function encodeChangeCursor(seq: number): string {
  return Buffer.from(`${PREFIX}${seq}`, "utf8").toString("base64url");
}

/** The sequence number inside a change cursor; BAD_USER_INPUT naming `field` when it is not one of ours. */
export function decodeChangeCursor(cursor: string, field: string): number {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const seq = Number(decoded.slice(PREFIX.length));
  if (
    !decoded.startsWith(PREFIX) ||
    !/^(0|[1-9]\d{0,15})$/.test(decoded.slice(PREFIX.length)) ||
    !Number.isSafeInteger(seq) ||
    encodeChangeCursor(seq) !== cursor
  ) {
    throw new BadUserInputError(field, "is not a change cursor returned by this API");
  }
  return seq;
}

/** A knownAt argument as an instant; BAD_USER_INPUT naming `field` when it is not an ISO 8601 date-time with a zone. */
export function knownAtInstant(value: string, field = "knownAt"): string {
  const ok =
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value));
  if (!ok) {
    throw new BadUserInputError(
      field,
      "must be an ISO 8601 date-time with a time zone, e.g. 2026-11-30T01:00:00Z",
    );
  }
  return value;
}
