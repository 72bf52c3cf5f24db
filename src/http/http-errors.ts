import type { IncomingMessage, ServerResponse } from "node:http";
import type { ErrorRequestHandler } from "express";
import type { Logger } from "../logger";
import { ErrorCode } from "../errors";
import { sendJson } from "./json-response";
import type { ApiMetrics } from "./metrics";

const CODE_BY_STATUS: Record<number, string> = {
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * Errors raised before GraphQL runs (body too large, malformed JSON, unsupported charset) as a JSON
 * GraphQL-style body with their HTTP status; never a stack trace. Anything else is logged and masked.
 */
export function httpErrorHandler(metrics: ApiMetrics): ErrorRequestHandler {
  const respond = httpErrorResponder(metrics);
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    respond(error, req, res);
  };
}

/** The same answer on a raw node:http response (the POST /graphql route); a response already started is cut. */
export function httpErrorResponder(metrics: ApiMetrics) {
  return (error: unknown, req: IncomingMessage & { log?: Logger }, res: ServerResponse): void => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const status = Number(
      (error as { status?: number }).status ?? (error as { statusCode?: number }).statusCode ?? 500,
    );
    const client = status >= 400 && status < 500;
    if (!client) req.log?.error({ err: error }, "unexpected error in HTTP request");
    const code = client
      ? (CODE_BY_STATUS[status] ?? ErrorCode.BAD_REQUEST)
      : ErrorCode.INTERNAL_SERVER_ERROR;
    const message =
      status === 413
        ? "The request body is larger than the server accepts."
        : client && (error as { expose?: boolean }).expose
          ? String((error as Error).message)
          : client
            ? "Bad request."
            : "Internal server error";
    metrics.errors.inc({ code });
    sendJson(res, client ? status : 500, { errors: [{ message, extensions: { code } }] });
  };
}
