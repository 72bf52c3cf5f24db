import type { RequestDb } from "../graph/request-db";
import { ServiceUnavailableError } from "../errors";
import { chooseRate, convertAmount, type ChosenRate, type RateRow } from "./money.rules";
import { citationsOf } from "../model/stored-values";

/** A rate as stored, with its citation (parallel lists). */
type ExchangeRateRow = {
  id: string;
  kind: RateRow["kind"];
  period: string;
  start: string;
  end: string;
  rate: number | null;
  high: number | null;
  low: number | null;
  average: number | null;
  periodEnd: string | null;
  citeSection: string[];
  citeQuote: string[];
  citeOffset: number[];
};

declare module "../graph/statement-rows" {
  interface StatementRows {
    "queries/list-exchange-rates": ExchangeRateRow;
  }
}

/** Reads the rate table (one statement). */
export async function listExchangeRates(
  db: RequestDb,
  kinds: string[] | null = null,
): Promise<ExchangeRateRow[]> {
  return db.read("queries/list-exchange-rates", { kinds });
}

const EMPTY_RETRY_MS = 30_000;

/**
 * The rate table, read from the graph once per process and kept: it is reference data of the
 * report and changes only with a reseed. Money fields use it without another statement.
 */
export class RateBook {
  private rows: RateRow[] | undefined;
  private readAt = 0;

  /**
   * Reads the table unless it is held. An empty table (a graph without rates) is held for
   * EMPTY_RETRY_MS before it is read again, so requests do not pay a statement each for it.
   */
  async ensure(db: RequestDb): Promise<void> {
    if (this.rows && (this.rows.length > 0 || Date.now() - this.readAt < EMPTY_RETRY_MS)) return;
    this.rows = await listExchangeRates(db);
    this.readAt = Date.now();
  }

  /** The rate for a date (convenience rate when `on` is absent); undefined before `ensure`. */
  rateFor(on?: string | null): ChosenRate | undefined {
    return this.rows ? chooseRate(this.rows, on) : undefined;
  }

  forget(): void {
    this.rows = undefined;
  }
}

/** The rate table as the `exchangeRates` query returns it. */
export async function exchangeRates(db: RequestDb, kinds: string[] | null) {
  const rows = await listExchangeRates(db, kinds);
  return rows.map((r) => ({ ...r, citations: citationsOf(r) }));
}

/** Converts at the rate for `on` (convenience rate when absent). */
export async function convert(
  db: RequestDb,
  rates: RateBook,
  amount: number,
  from: string,
  to: string,
  on: string | null,
) {
  await rates.ensure(db);
  const rate = rates.rateFor(on);
  if (!rate) throw new ServiceUnavailableError("The exchange-rate table is not loaded.");
  return { amount, from, to, result: convertAmount(amount, from, to, rate.yenPerUsd), rate };
}
