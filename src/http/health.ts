import { Router } from "express";
import type { GraphGateway } from "../graph/gateway";

/** `/health/live`: the process answers. `/health/ready`: Neo4j answers a query too. */
export function healthRouter(gateway: GraphGateway): Router {
  const router = Router();
  router.get("/health/live", (_req, res) => {
    res.json({ status: "live" });
  });
  router.get("/health/ready", async (_req, res) => {
    try {
      await gateway.read("health/ping", {}, { operation: "health" });
      res.json({ status: "ready", neo4j: "up" });
    } catch {
      res.status(503).json({ status: "unavailable", neo4j: "down" });
    }
  });
  return router;
}
