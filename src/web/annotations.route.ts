import type { Request, Response, Router } from "express";
import { GraphQLError } from "graphql";
import { sourceText } from "../domain/source-text";
import type { GraphGateway } from "../graph/gateway";
import { RequestDb } from "../graph/request-db";
import type { Logger } from "../logger";
import { toAnnotations } from "../source/annotations.rules";
import { listCitations } from "../source/document.store";

/** JSON-LD served as the W3C Web Annotation Protocol names it for annotations. */
const ANNOTATION_TYPE =
  'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8';

/** The server's absolute base as the client reached it (annotation ids and targets are absolute IRIs). */
function baseOf(req: Request): string {
  return `${req.protocol}://${req.get("host") ?? "localhost"}`;
}

/**
 * GET /export/annotations.jsonld (every citation as a W3C Web Annotation, read from Neo4j) and
 * GET /export/source.txt (the source text the annotations target, as the offsets index it).
 */
export function addAnnotationRoutes(router: Router, gateway: GraphGateway, logger: Logger): void {
  router.get("/export/source.txt", (_req: Request, res: Response) => {
    res.type("text/plain; charset=utf-8").send(sourceText());
  });
  router.get("/export/annotations.jsonld", async (req: Request, res: Response) => {
    try {
      const db = new RequestDb(gateway, String(req.id ?? "export"));
      db.operation = "export-annotations";
      const items = await listCitations(db);
      res.setHeader("content-disposition", 'attachment; filename="iij-annotations.jsonld"');
      res
        .type(ANNOTATION_TYPE)
        .send(JSON.stringify(toAnnotations(items, { base: baseOf(req), text: sourceText() })));
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code ?? "") : "";
      if (code === "SERVICE_UNAVAILABLE" || code === "QUERY_TIMEOUT")
        return void res
          .status(code === "QUERY_TIMEOUT" ? 504 : 503)
          .json({ error: (error as Error).message, code });
      logger.error({ err: error }, "annotations export failed");
      res.status(500).json({ error: "Internal server error", code: "INTERNAL_SERVER_ERROR" });
    }
  });
}
