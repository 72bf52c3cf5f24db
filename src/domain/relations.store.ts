import type { RequestDb } from "../graph/request-db";
import { NotFoundError } from "../errors";
import type { RateBook } from "./rates.store";
import { entityOf } from "./records";
import { competitionOf, supplyOf, type RelationRow } from "./relation.records";

type Props = Record<string, unknown>;

async function readRelations(
  db: RequestDb,
  rates: RateBook,
  name: "queries/list-competitors" | "queries/list-suppliers" | "queries/list-customers",
  params: Record<string, unknown>,
) {
  const [[row]] = await Promise.all([db.read(name, params), rates.ensure(db)]);
  if (!row?.entity) throw new NotFoundError("Entity", String(params.id));
  const self = entityOf(row.entity as Props, rates.rateFor());
  const relations = (row.relations as RelationRow[]).map((r) => ({
    row: r,
    other: entityOf(r.other, rates.rateFor()),
  }));
  return { self, relations };
}

/** Whom an entity competes with, optionally in one segment. */
export async function listCompetitors(
  db: RequestDb,
  rates: RateBook,
  id: string,
  segment: string | null,
) {
  const { relations } = await readRelations(db, rates, "queries/list-competitors", { id, segment });
  return relations.map(({ row, other }) => competitionOf(row, other));
}

/** Who supplies an entity, largest cost share first. */
export async function listSuppliers(db: RequestDb, rates: RateBook, id: string) {
  const { self, relations } = await readRelations(db, rates, "queries/list-suppliers", { id });
  return relations.map(({ row, other }) => supplyOf(row, self, other));
}

/** Whom an entity supplies, largest cost share first. */
export async function listCustomers(db: RequestDb, rates: RateBook, id: string) {
  const { self, relations } = await readRelations(db, rates, "queries/list-customers", { id });
  return relations.map(({ row, other }) => supplyOf(row, self, other));
}
