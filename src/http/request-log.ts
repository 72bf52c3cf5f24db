import { randomUUID } from "node:crypto";
import type { Request } from "express";
import { pinoHttp } from "pino-http";
import type { Logger } from "../logger";

/**
 * The request log and id: every request gets `x-request-id` (the client's, when it is a short word, or a new UUID),
 * `req.id` and `req.log`, and one line when it ends. Works on Express and on the raw POST /graphql route.
 */
export function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const given = req.headers["x-request-id"];
      const id = typeof given === "string" && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
      res.setHeader("x-request-id", id);
      return id;
    },
    // originalUrl: by the time the response ends, routers mounted on a path have stripped it from url.
    customSuccessMessage: (req, res, ms) =>
      `${req.method} ${(req as Request).originalUrl ?? req.url} ${res.statusCode} ${Math.round(ms)}ms`,
    // One short line per request: id, method, url, status, duration (no headers: cheaper, and no tokens in logs).
    // Unwrapped: pino-http's wrappers copy every request's headers into an object first, logged or not.
    wrapSerializers: false,
    serializers: {
      req: (req: Request) => ({ id: req.id, method: req.method, url: req.originalUrl ?? req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
