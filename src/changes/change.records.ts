import { citationsOf, type StoredCitation } from "../model/stored-values";
import type { ChangeItemKind, ChangeOperation } from "./change.rules";
import { encodeChangeCursor } from "./change.rules";

type Props = Record<string, unknown>;

/** A change record as the GraphQL layer sees it. */
export interface ChangeRecord {
  seq: number;
  cursor: string;
  time: string;
  actor: string;
  mutation: string;
  operation: ChangeOperation;
  itemKind: ChangeItemKind;
  itemId: string;
  before: Props | null;
  after: Props | null;
  fields: string[];
  citations: StoredCitation[];
}

const parse = (text: unknown): Props | null =>
  typeof text === "string" ? (JSON.parse(text) as Props) : null;

/** A stored `:Change` node's properties (time already an ISO string) as a record. */
export function changeOf(props: Props): ChangeRecord {
  const seq = Number(props.seq);
  return {
    seq,
    cursor: encodeChangeCursor(seq),
    time: String(props.time),
    actor: String(props.actor),
    mutation: String(props.mutation ?? ""),
    operation: props.operation as ChangeOperation,
    itemKind: props.itemKind as ChangeItemKind,
    itemId: String(props.itemId),
    before: parse(props.before),
    after: parse(props.after),
    fields: (props.fields as string[] | null) ?? [],
    citations: citationsOf(props),
  };
}
