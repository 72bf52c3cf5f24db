import type { Principal } from "../auth/principal";
import type { CypherName } from "../graph/cypher-registry";
import type { Params, Preceded, StatementRunner } from "../graph/gateway";
import type { GeneratedStatement } from "../translate/translate";
import type { ResolvedCitation } from "../domain/write.rules";
import { changeRows, type ChangeItemKind, type ItemStates } from "./change.rules";

type ItemKind = Exclude<ChangeItemKind, "GRAPH">;

/** The items a write may change, by kind (their states are read before and after it). */
export type Touched = ReadonlyArray<{ kind: ItemKind; ids: readonly string[] }>;

/** Who writes, through which mutation, citing what: what every change record of the write carries. */
export interface WriteMeta {
  user: Principal;
  mutation: string;
  citations: readonly ResolvedCitation[];
  /** False when RECORD_CHANGES is off: the write runs alone, nothing is read around it or appended. */
  record: boolean;
}

const SNAPSHOTS = {
  ENTITY: "changes/snapshot-entities",
  RELATIONSHIP: "changes/snapshot-relationships",
  EVENT: "changes/snapshot-events",
} as const satisfies Record<ItemKind, CypherName>;

/** A stored item's state as a change record's `before`/`after` holds it (null: absent). */
type SnapshotRow = { id: string; item: unknown };

declare module "../graph/statement-rows" {
  interface StatementRows {
    "changes/snapshot-entities": SnapshotRow;
    "changes/snapshot-relationships": SnapshotRow;
    "changes/snapshot-events": SnapshotRow;
    "changes/find-related-items": { relationships: string[]; events: string[] };
  }
}

/** The stored state of items of one kind, inside the write's transaction, under their locks (null: absent). */
async function snapshot(
  run: StatementRunner,
  kind: ItemKind,
  ids: readonly string[],
): Promise<Map<string, unknown>> {
  if (ids.length === 0) return new Map();
  // Sorted: every writer takes the locks in one order.
  const rows = await run(SNAPSHOTS[kind], { ids: [...new Set(ids)].sort() });
  return new Map(rows.map((r) => [r.id, r.item ?? null]));
}

async function states(run: StatementRunner, touched: Touched) {
  return Promise.all(touched.map((t) => snapshot(run, t.kind, t.ids)));
}

/**
 * Runs `write` inside the transaction between two reads of the touched items, and appends one change record per
 * item whose state differs (none for an idempotent repeat). The records commit or roll back with the write,
 * unnumbered (ChangeSequencer numbers them after the commit), so writes of different items commit side by side.
 */
export async function recorded<T>(
  run: StatementRunner,
  meta: WriteMeta,
  touched: Touched | (() => Promise<Touched>),
  write: () => Promise<T>,
): Promise<T> {
  if (!meta.record) return write();
  const items = typeof touched === "function" ? await touched() : touched;
  // Read under the items' locks: a second write of one of them waits here until this one commits.
  const before = await states(run, items);
  const result = await write();
  const after = await states(run, items);
  const changed: ItemStates[] = [];
  items.forEach((t, k) => {
    for (const id of new Set(t.ids)) {
      changed.push({
        kind: t.kind,
        id,
        before: before[k]!.get(id) ?? null,
        after: after[k]!.get(id) ?? null,
      });
    }
  });
  await appendChanges(run, meta, changed);
  return result;
}

/** The parameters of append-changes.cypher for `changed`, or null when nothing is to be recorded. */
function appendParams(meta: WriteMeta, changed: readonly ItemStates[]): Params | null {
  const rows = meta.record ? changeRows(changed) : [];
  if (rows.length === 0) return null;
  return { actor: meta.user.id, mutation: meta.mutation, citations: meta.citations, changes: rows };
}

/**
 * Appends one change record per item whose state differs (none for an idempotent repeat). Unnumbered:
 * ChangeSequencer numbers them once the write has committed, so writes take no log-wide lock.
 */
async function appendChanges(
  run: StatementRunner,
  meta: WriteMeta,
  changed: readonly ItemStates[],
): Promise<void> {
  const params = appendParams(meta, changed);
  if (params) await run("changes/append-changes", params);
}

/**
 * The read of a write's answer preceded by the append of its change records, as one statement (one Bolt message
 * in the write's transaction), for a write that read the states itself, under its lock, before and after (the
 * creates and updates do); the read alone when nothing is to be recorded. The measured reason:
 * bench/results/decisions.md, "what a recorded write does after its commit".
 */
export function afterAppending<R extends Record<string, unknown>>(
  meta: WriteMeta,
  changed: readonly ItemStates[],
  read: GeneratedStatement<R>,
): Preceded<GeneratedStatement<R>> | GeneratedStatement<R> {
  const firstParams = appendParams(meta, changed);
  return firstParams ? { first: "changes/append-changes", firstParams, then: read } : read;
}

/** What deleting an entity takes with it: its relationships and the events it takes part in. */
export async function touchedByEntityDelete(run: StatementRunner, id: string): Promise<Touched> {
  const [row] = await run("changes/find-related-items", { id });
  return [
    { kind: "ENTITY", ids: [id] },
    { kind: "RELATIONSHIP", ids: row?.relationships ?? [] },
    { kind: "EVENT", ids: row?.events ?? [] },
  ];
}
