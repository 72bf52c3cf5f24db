import { getArgumentValues, type GraphQLObjectType } from "graphql";
import { NotFoundError } from "../errors";
import type { RequestDb } from "../graph/request-db";
import { relationProjection } from "../translate/relation.projection";
import type { RelationFieldName } from "../translate/relation-fields";
import type { Shaped } from "../translate/shaped";
import {
  rootPath,
  translate,
  type GeneratedStatement,
  type RootInfo,
} from "../translate/translate";

type Order = (r: string, far: string) => string[];

const byName: Order = (r, far) => [`${far}.name`, `${r}.id`];
const largestFirst: Order = (r, far) => [
  `coalesce(${r}.costShare, -1) DESC`,
  `${far}.name`,
  `${r}.id`,
];

/**
 * The statement of a root query that lists one relationship field of the entity `$id` whole, in `order`:
 * `competitors(id:, segment:)` is the entity's `competitors(segment:)` without a limit. It returns `items`.
 */
function wholeStatement(
  info: RootInfo,
  field: RelationFieldName,
  order: Order,
): GeneratedStatement<{ items: Shaped[] }> {
  return translate<{ items: Shaped[] }>(info, "queries/get-entity", (t, nodes) => {
    const [root] = nodes;
    const query = t.walk.schema.getQueryType()!.getFields()[root!.name.value]!;
    const { segment } = getArgumentValues(query, root!, t.walk.variableValues);
    const company = t.walk.schema.getType("Company") as GraphQLObjectType;
    const selected = {
      key: field,
      name: field,
      definition: company.getFields()[field]!,
      args: segment === undefined ? {} : { segment },
      nodes: [...nodes],
    };
    return `RETURN ${relationProjection(t, "n", selected, rootPath(info), { order })} AS items`;
  });
}

export const competitorsStatement = (info: RootInfo) => wholeStatement(info, "competitors", byName);
export const suppliersStatement = (info: RootInfo) =>
  wholeStatement(info, "suppliers", largestFirst);
export const customersStatement = (info: RootInfo) =>
  wholeStatement(info, "customers", largestFirst);

/** The items of a whole-field statement for entity `id`; NOT_FOUND when there is no such entity. */
export async function listWhole(
  db: RequestDb,
  statement: GeneratedStatement<{ items: Shaped[] }>,
  id: string,
): Promise<Shaped[]> {
  const [row] = await db.read(statement, { id });
  if (!row) throw new NotFoundError("Entity", id);
  return row.items;
}
