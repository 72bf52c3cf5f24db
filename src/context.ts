import type { Logger } from "./logger";
import type { RequestDb } from "./graph/request-db";
import type { RateBook } from "./domain/rates.store";

/** What every resolver receives: the request's database view, the rate table and a logger. */
export interface RequestContext {
  readonly requestId: string;
  readonly db: RequestDb;
  readonly rates: RateBook;
  readonly logger: Logger;
}
