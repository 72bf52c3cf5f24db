import type { RequestDb } from "../graph/request-db";
import { RelationshipType } from "../schema/enums";
import { relationshipProjection } from "../translate/relationship.projection";
import type { Shaped } from "../translate/shaped";
import type { RootInfo } from "../translate/translate";
import { rootArguments } from "../translate/root-info";
import type { ConnectionRecord } from "./connection.rules";
import { selects } from "./entity.store";
import { readKeptConnection } from "./kept-connection";
import { RELATIONSHIP_AGGREGATE } from "../translate/aggregate.projection";
import { keptListStatement, type KeptList } from "../translate/kept-page";
import { RELATIONSHIP_ORDER } from "../translate/order-by";
import { relationshipSubject } from "../translate/where";

export interface RelationshipFilter {
  types: string[] | null;
  from: string | null;
  to: string | null;
  asOf: string | null;
}

const ALL_TYPES: readonly string[] = Object.values(RelationshipType);

/** The `relationships` connection's fixed arguments as the statements read them (null: not given). */
export function relationshipFilter(a: {
  types?: string[] | null;
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
}): RelationshipFilter {
  return {
    types: a.types?.length ? a.types : null,
    from: a.from ?? null,
    to: a.to ?? null,
    asOf: a.asOf ?? null,
  };
}

/** Whether a filter keeps to some types or to one end, rather than reading every relationship. */
const narrows = (f: RelationshipFilter): boolean =>
  f.from !== null ||
  f.to !== null ||
  (f.types !== null && new Set(f.types).size < ALL_TYPES.length);

/** What the `relationships` connection is asked beyond its fixed arguments: a filter and an order. */
export interface RelationshipQuery {
  where: Record<string, unknown> | null;
  orderBy: Array<Record<string, unknown>> | null;
}

/** The `relationships` connection as keptPage reads it, from the relationships of some types or of one end. */
const RELATIONSHIP_LIST: KeptList = {
  statement: "queries/filter-relationships",
  v: "r",
  whereType: "RelationshipWhere",
  subject: relationshipSubject("r"),
  order: RELATIONSHIP_ORDER,
  aggregate: RELATIONSHIP_AGGREGATE,
  projection: (t, nodes, path) => relationshipProjection(t, "r", nodes, path),
};

/** The same, from every relationship (one scan, cheaper than a branch per type when all are asked). */
const ALL_RELATIONSHIPS: KeptList = {
  ...RELATIONSHIP_LIST,
  statement: "queries/filter-all-relationships",
};

/**
 * The `relationships` connection's statement: the relationships its arguments (`filter`, by default the root
 * field's) and `where` keep, in the order asked (then by id), aggregated, the page cut after the cursor.
 */
export const relationshipsConnectionStatement = (
  info: RootInfo,
  query: RelationshipQuery,
  filter: RelationshipFilter = relationshipFilter(rootArguments(info)),
) => keptListStatement(info, narrows(filter) ? RELATIONSHIP_LIST : ALL_RELATIONSHIPS, query);

/** A page of relationships, by id or in the order asked (Relay connection), shaped like the selection. */
export async function listRelationships(
  db: RequestDb,
  info: RootInfo,
  filter: RelationshipFilter,
  query: RelationshipQuery,
  first: number,
  after: string | null,
): Promise<ConnectionRecord<Shaped & { id: string }> & { aggregate?: Shaped }> {
  return readKeptConnection(
    db,
    relationshipsConnectionStatement(info, query, filter),
    { ...filter, types: filter.types ?? ALL_TYPES },
    { first, after, sortKeys: query.orderBy?.length ?? 0, withTotal: selects(info, "totalCount") },
  );
}
