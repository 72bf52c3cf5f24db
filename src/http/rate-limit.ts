import type { ServerResponse } from "node:http";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import type { LimitsConfig } from "../config";
import { ErrorCode } from "../errors";
import type { Step } from "./graphql-route";
import { sendJson } from "./json-response";
import type { ApiMetrics } from "./metrics";

/**
 * RATE_LIMIT_MAX requests per client IP per RATE_LIMIT_WINDOW_MS on /graphql (429 `RATE_LIMITED` beyond, with
 * draft-8 `RateLimit` headers), or undefined when the limit is 0 (off). Usable on Express and on node:http.
 */
export function graphqlRateLimit(limits: LimitsConfig, metrics: ApiMetrics): Step | undefined {
  if (limits.rateLimitMax <= 0) return undefined;
  const limiter = rateLimit({
    windowMs: limits.rateLimitWindowMs,
    limit: limits.rateLimitMax,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    // Express's req.ip without "trust proxy" (never set here): the peer's address; the same on node:http.
    keyGenerator: (req) => ipKeyGenerator(req.socket.remoteAddress ?? ""),
    handler: (_req, res) => {
      metrics.errors.inc({ code: ErrorCode.RATE_LIMITED });
      sendJson(res, 429, {
        errors: [
          {
            message: "Too many requests; slow down and retry later.",
            extensions: { code: ErrorCode.RATE_LIMITED },
          },
        ],
      });
    },
  });
  // Typed for Express, it reads only what node:http has (the key above comes from the socket) except `res.append`,
  // with which it writes its draft-8 headers: node:http has the same operation as `appendHeader`.
  const step = limiter as unknown as Step;
  return (req, res, next) => {
    const response = res as ServerResponse & { append?: (name: string, value: string) => void };
    if (!response.append) response.append = (name, value) => void res.appendHeader(name, value);
    step(req, res, next);
  };
}
