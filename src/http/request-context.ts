import type { IncomingMessage } from "node:http";
import { bearerToken, TokenError } from "../auth/jwt";
import type { Principal } from "../auth/principal";
import type { RequestContext } from "../context";
import type { RateBook } from "../domain/rates.store";
import type { GraphGateway } from "../graph/gateway";
import { RequestDb, type Rider } from "../graph/request-db";

export interface RequestContextDeps {
  readonly gateway: GraphGateway;
  readonly rates: RateBook;
  readonly verifyToken: (token: string) => Promise<Principal>;
  /** Whether mutations record their changes (RECORD_CHANGES). */
  readonly recordChanges: boolean;
  /** What follows each committed write (the change log's numbering, with the rows it batches), awaited before a mutation answers. */
  readonly afterCommit?: (rider?: Rider) => Promise<void>;
}

/**
 * The resolvers' context of one GraphQL request (after the request log has given it `id` and `log`): its database
 * view, and the bearer token's principal, or why the token sent is not accepted.
 */
export function requestContext(deps: RequestContextDeps) {
  const { gateway, rates, verifyToken } = deps;
  return async (req: IncomingMessage): Promise<RequestContext> => {
    const requestId = String(req.id);
    const db = new RequestDb(gateway, requestId, req.log, deps.recordChanges, deps.afterCommit);
    const token = bearerToken(req.headers.authorization);
    let user: Principal | undefined;
    let authError: string | undefined;
    if (token !== undefined) {
      try {
        user = token ? await verifyToken(token) : undefined;
        if (!token) authError = "The Authorization header must be `Bearer <token>`.";
      } catch (error) {
        authError = error instanceof TokenError ? error.message : "The token is not valid.";
      }
    }
    return {
      requestId,
      db,
      rates,
      logger: req.log,
      user,
      authError,
    };
  };
}
