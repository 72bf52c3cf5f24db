import type { IncomingMessage, ServerResponse } from "node:http";
import {
  HeaderMap,
  type ApolloServer,
  type BaseContext,
  type HTTPGraphQLRequest,
} from "@apollo/server";

/** A connect-style step: calls `next()` to go on, `next(error)` to stop with an error, or answers itself. */
export type Step = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** Answers an error raised by a step (or by Apollo) on the raw response. */
export type ErrorResponder = (error: unknown, req: IncomingMessage, res: ServerResponse) => void;

export interface GraphqlRouteOptions<TContext extends BaseContext> {
  readonly apollo: ApolloServer<TContext>;
  /** Run in order before Apollo: request log, rate limit, JSON body, admission. */
  readonly steps: readonly Step[];
  readonly context: (req: IncomingMessage) => Promise<TContext>;
  readonly onError: ErrorResponder;
}

/** True for the requests `graphqlRoute` answers: POST /graphql (any query string). */
export function isGraphqlPost(req: IncomingMessage): boolean {
  if (req.method !== "POST") return false;
  const url = req.url ?? "";
  return url === "/graphql" || url.startsWith("/graphql?");
}

/**
 * POST /graphql on node:http, as Apollo's own standalone server serves it: the steps, then
 * `executeHTTPGraphQLRequest`, then the answer written as is. The rest of the HTTP surface (GET /graphql, the
 * IDEs, health, metrics, exports) stays on Express; the hot path skips Express's router and its request and
 * response decoration, a fixed cost of every GraphQL request (measured: bench/results/decisions.md).
 */
export function graphqlRoute<TContext extends BaseContext>(options: GraphqlRouteOptions<TContext>) {
  const { apollo, steps, context, onError } = options;
  const execute = (req: IncomingMessage, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const query = (req.url ?? "").indexOf("?");
    const request: HTTPGraphQLRequest = {
      method: "POST",
      headers,
      search: query < 0 ? "" : (req.url ?? "").slice(query),
      body: (req as IncomingMessage & { body?: unknown }).body,
    };
    apollo
      .executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: () => context(req) })
      .then(async (answer) => {
        for (const [key, value] of answer.headers) res.setHeader(key, value);
        res.statusCode = answer.status ?? 200;
        if (answer.body.kind === "complete") {
          res.end(answer.body.string);
          return;
        }
        for await (const chunk of answer.body.asyncIterator) res.write(chunk);
        res.end();
      })
      .catch((error: unknown) => onError(error, req, res));
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    let index = 0;
    const next = (error?: unknown): void => {
      if (error !== undefined && error !== null) return onError(error, req, res);
      const step = steps[index++];
      try {
        if (step) step(req, res, next);
        else execute(req, res);
      } catch (thrown) {
        onError(thrown, req, res);
      }
    };
    next();
  };
}
