/** One row of the rate table as stored in the graph (yen per US$1.00). */
export interface RateRow {
  readonly id: string;
  readonly kind: "CONVENIENCE" | "SPOT" | "FISCAL_YEAR" | "MONTH";
  readonly period: string;
  readonly start: string;
  readonly end: string;
  readonly rate: number | null;
  readonly average: number | null;
}

export interface ChosenRate {
  readonly yenPerUsd: number;
  readonly kind: RateRow["kind"];
  readonly period: string;
  readonly rateId: string;
}

function chosen(row: RateRow, yenPerUsd: number): ChosenRate {
  return { yenPerUsd, kind: row.kind, period: row.period, rateId: row.id };
}

/**
 * The rate for a date: the spot rate of that day, else the month's average, else the fiscal year's
 * average, else the convenience rate. Without a date: the convenience rate (the report's own choice).
 * `on` may be YYYY, YYYY-MM or YYYY-MM-DD; a coarser date matches the period that contains it.
 */
export function chooseRate(rows: readonly RateRow[], on?: string | null): ChosenRate | undefined {
  const convenience = rows.find((r) => r.kind === "CONVENIENCE" && r.rate !== null);
  const fallback = convenience ? chosen(convenience, convenience.rate!) : undefined;
  if (!on) return fallback;
  const spot = rows.find((r) => r.kind === "SPOT" && r.start === on && r.rate !== null);
  if (spot) return chosen(spot, spot.rate!);
  const month = on.slice(0, 7);
  const monthRow = rows.find(
    (r) => r.kind === "MONTH" && r.start.slice(0, 7) === month && r.average !== null,
  );
  if (on.length >= 7 && monthRow) return chosen(monthRow, monthRow.average!);
  const day = on.length === 4 ? `${on}-12-31` : on.length === 7 ? `${on}-28` : on;
  const fiscal = rows.find(
    (r) => r.kind === "FISCAL_YEAR" && r.start <= day && day <= r.end && r.average !== null,
  );
  if (fiscal) return chosen(fiscal, fiscal.average!);
  return fallback;
}

/** Converts between JPY and USD at `rate` (yen per dollar), rounded to cents or whole yen. */
export function convertAmount(amount: number, from: string, to: string, yenPerUsd: number): number {
  if (from === to) return amount;
  if (from === "JPY" && to === "USD") return Math.round((amount / yenPerUsd) * 100) / 100;
  if (from === "USD" && to === "JPY") return Math.round(amount * yenPerUsd);
  throw new RangeError(`unsupported currency pair ${from}->${to}`);
}
