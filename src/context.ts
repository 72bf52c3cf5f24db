import type { Principal } from "./auth/principal";
import type { Logger } from "./logger";
import type { RequestDb } from "./graph/request-db";
import type { RateBook } from "./domain/rates.store";

/** What every resolver receives: the request's database view, the rate table and a logger. */
export interface RequestContext {
  readonly requestId: string;
  readonly db: RequestDb;
  readonly rates: RateBook;
  readonly logger: Logger;
  /** The verified bearer token's subject and roles; undefined for anonymous requests. */
  readonly user?: Principal;
  /** Why a bearer token that was sent is not accepted (the request is then UNAUTHENTICATED). */
  readonly authError?: string;
}
