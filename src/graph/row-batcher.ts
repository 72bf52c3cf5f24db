import type { Params } from "./gateway";

interface Waiting {
  readonly rows: readonly Params[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for one `UNWIND $rows` write statement: rows that requests add while a transaction of it runs
 * go together into the next one, and each request's promise settles when the transaction holding its rows has
 * committed (or failed). The first rows go at once; under load, one transaction serves many requests, so the
 * locks it takes (a node many of them touch) are taken once per transaction, not once per request.
 */
export class RowBatcher {
  private waiting: Waiting[] = [];
  private running = false;

  constructor(
    private readonly write: (rows: Params[]) => Promise<unknown>,
    /** At most this many rows in one transaction; more wait for the next. */
    private readonly maxRows = 5000,
  ) {}

  /** Writes `rows` with the next transaction; resolves once it has committed. */
  add(rows: readonly Params[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ rows, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.next();
        try {
          await this.write(batch.flatMap((w) => w.rows));
          for (const w of batch) w.resolve();
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }

  /** The waiting requests whose rows fit in one transaction (always at least one). */
  private next(): Waiting[] {
    let rows = 0;
    let n = 0;
    while (
      n < this.waiting.length &&
      (n === 0 || rows + this.waiting[n]!.rows.length <= this.maxRows)
    ) {
      rows += this.waiting[n]!.rows.length;
      n += 1;
    }
    return this.waiting.splice(0, n);
  }
}
