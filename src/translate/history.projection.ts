import { int } from "../graph/values";
import { decodeChangeCursor, type ChangeItemKind } from "../changes/change.rules";
import { HistoryArgs } from "../schema/change.args";
import { checkedArgs } from "./checked-args";
import type { Translation } from "./translation";
import type { SelectedField } from "./walk";

/**
 * What an item's `history` field reads in its parent's statement: its numbered change records newest first (one
 * more than a page, older than the cursor), whether its oldest record is its creation, and change 0 (the seed
 * load); the field's resolver makes the page of them (changes.store.ts `historyPage`).
 */
export function historyProjection(
  t: Translation,
  v: string,
  itemKind: Exclude<ChangeItemKind, "GRAPH">,
  field: SelectedField,
  path: string,
): string {
  const args = checkedArgs(HistoryArgs, field.args, path);
  const first = args.first ?? 20;
  const before = args.after ? decodeChangeCursor(args.after, `${path}.after`) : null;
  const [c, o, l] = t.variables("c", "o", "l");
  const kind = t.param(itemKind);
  const older = before === null ? "" : ` AND ${c}.seq < ${t.param(int(before))}`;
  return [
    `{changes: COLLECT {`,
    `MATCH (${c}:Change) WHERE ${c}.itemId = ${v}.id AND ${c}.itemKind = ${kind} AND ${c}.seq IS NOT NULL${older}`,
    `RETURN ${c} {.*} ORDER BY ${c}.seq DESC LIMIT ${t.param(int(first + 1))}`,
    `}, created: COLLECT {`,
    `MATCH (${o}:Change) WHERE ${o}.itemId = ${v}.id AND ${o}.itemKind = ${kind} AND ${o}.seq IS NOT NULL`,
    `RETURN ${o}.before IS NULL ORDER BY ${o}.seq LIMIT 1`,
    `}, load: head(COLLECT { MATCH (${l}:Change {seq: 0}) RETURN ${l} {.*} })}`,
  ].join("\n");
}
