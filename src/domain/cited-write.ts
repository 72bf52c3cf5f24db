import type { Principal } from "../auth/principal";
import type { WriteMeta } from "../changes/change-log.store";
import type { StatementRunner } from "../graph/gateway";
import type { RequestDb } from "../graph/request-db";
import type { CitingItem } from "../source/document-rows";
import { linkSupports } from "./supports.store";
import type { ResolvedCitation } from "./write.rules";

/** What a write's transaction hands back: the mutation's answer, and the citations whose sentences to link. */
export interface Written<T> {
  readonly answer: T;
  /** The item and its citations in stored form (`citeQuote`, `citeOffset`); none for a delete. */
  readonly cited?: { readonly item: CitingItem; readonly props: Record<string, unknown> };
}

/**
 * Every write the mutations make, in one shape: `work` runs in one transaction with what its change records carry
 * (who, through which mutation, citing what; `record` follows RECORD_CHANGES), and once it has committed, the
 * sentences of what it cited are linked (supports.store.ts).
 */
export async function citedWrite<T>(
  db: RequestDb,
  write: { user: Principal; mutation: string; citations: readonly ResolvedCitation[] },
  work: (run: StatementRunner, meta: WriteMeta) => Promise<Written<T>>,
): Promise<T> {
  const meta: WriteMeta = { ...write, record: db.recordsChanges };
  const { answer, cited } = await db.transaction((run) => work(run, meta));
  if (cited) await linkSupports(db, cited.item, cited.props);
  return answer;
}
