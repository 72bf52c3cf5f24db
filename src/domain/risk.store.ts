import type { RequestDb } from "../graph/request-db";
import { entityProjection } from "../translate/entity.projection";
import type { ShapedEntity } from "../translate/shaped";
import { rootPath, translate, type RootInfo } from "../translate/translate";

/** The `riskFactors` query's statement: risk factor nodes in source order, each shaped like the selection. */
export const riskFactorsStatement = (info: RootInfo) =>
  translate<{ risk: ShapedEntity }>(
    info,
    "queries/list-risk-factors",
    (t, nodes) => `RETURN ${entityProjection(t, "risk", nodes, rootPath(info))} AS risk`,
  );

/** The risk factors of Item 3.D in source order, optionally those concerning one entity. */
export async function listRiskFactors(
  db: RequestDb,
  info: RootInfo,
  concerning: string | null,
): Promise<ShapedEntity[]> {
  const rows = await db.read(riskFactorsStatement(info), { concerning });
  return rows.map((r) => r.risk);
}
