import type { RequestDb } from "../graph/request-db";
import type { RateBook } from "./rates.store";
import { entityOf, type EntityRecord } from "./records";

type Props = Record<string, unknown>;

/** The risk factors of Item 3.D in source order, each with the entities it concerns. */
export async function listRiskFactors(
  db: RequestDb,
  rates: RateBook,
  concerning: string | null,
): Promise<Array<EntityRecord & { concerns: EntityRecord[] }>> {
  const [rows] = await Promise.all([
    db.read("queries/list-risk-factors", { concerning }),
    rates.ensure(db),
  ]);
  return rows.map((r) => ({
    ...entityOf(r.risk as Props, rates.rateFor()),
    concerns: (r.concerns as Props[]).map((c) => entityOf(c, rates.rateFor())),
  }));
}
