import type { RequestDb } from "../graph/request-db";
import { ServiceUnavailableError } from "../errors";
import { chooseRate, convertAmount, type ChosenRate, type RateRow } from "./money.rules";
import { citationsOf } from "../model/stored-values";

/** A rate's properties as the seed stores them (a spot rate has `on`, a month its `periodEnd` rate). */
type StoredRate = {
  id: string;
  kind: RateRow["kind"];
  period?: string;
  on?: string;
  start: string;
  end: string;
  rate?: number;
  high?: number;
  low?: number;
  average?: number;
  periodEnd?: number;
  citeSection: string[];
  citeQuote: string[];
  citeOffset: number[];
};

/** A rate as the ExchangeRate type and the money rules read it, with its citation (parallel lists). */
type ExchangeRateRow = Omit<
  StoredRate,
  "on" | "period" | "rate" | "high" | "low" | "average" | "periodEnd"
> & {
  period: string;
  rate: number | null;
  high: number | null;
  low: number | null;
  average: number | null;
  periodEnd: number | null;
};

declare module "../graph/statement-rows" {
  interface StatementRows {
    "queries/list-exchange-rates": { rate: StoredRate };
  }
}

/** The one reading of a stored rate: a spot rate's day is its period, a month's period-end rate its rate. */
function exchangeRateOf(x: StoredRate): ExchangeRateRow {
  return {
    ...x,
    period: x.period ?? x.on ?? "",
    rate: x.rate ?? x.periodEnd ?? null,
    high: x.high ?? null,
    low: x.low ?? null,
    average: x.average ?? null,
    periodEnd: x.periodEnd ?? null,
  };
}

/** Reads the rate table (one statement). */
export async function listExchangeRates(
  db: RequestDb,
  kinds: string[] | null = null,
): Promise<ExchangeRateRow[]> {
  const rows = await db.read("queries/list-exchange-rates", { kinds });
  return rows.map((r) => exchangeRateOf(r.rate));
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

/** A rate as the `ExchangeRate` type reads it: with its citations. */
const withCitations = (r: ExchangeRateRow) => ({ ...r, citations: citationsOf(r) });

/** A rate's stored properties (read by `node(id)`) as the `ExchangeRate` type reads them. */
export const exchangeRateRecord = (stored: Record<string, unknown>) =>
  withCitations(exchangeRateOf(stored as StoredRate));

/** The rate table as the `exchangeRates` query returns it. */
export async function exchangeRates(db: RequestDb, kinds: string[] | null) {
  const rows = await listExchangeRates(db, kinds);
  return rows.map(withCitations);
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
