import type { Request, Response, Router } from "express";
import { GraphQLError } from "graphql";
import { sourceText } from "../domain/source-text";
import type { GraphGateway } from "../graph/gateway";
import { RequestDb } from "../graph/request-db";
import type { Logger } from "../logger";
import { MISSING_BUNDLE, renderPage } from "./web-pages";
import { toAnnotations } from "../source/annotations.rules";
import { listCitations } from "../source/document.store";
import { siteBase } from "./citation-links.rules";

/** JSON-LD served as the W3C Web Annotation Protocol names it for annotations. */
const ANNOTATION_TYPE =
  'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8';

/** The server's absolute base as the client reached it (annotation ids and targets are absolute IRIs). */
/** The /source page's layout; src/web/client/source-page.tsx fills it. */
export const SOURCE_BODY = `<header>
    <h1>The source</h1>
    <span id="doc-title"></span>
    <div class="search">
      <input id="search" type="search" placeholder="Search the text (e.g. data center)" autocomplete="off" aria-label="Search the text" />
      <ul id="hits"></ul>
    </div>
    <span id="coverage"></span>
    <label><input id="dim-uncited" type="checkbox" /> dim uncited</label>
    <label title="Uncited sentences that name a party of the graph, or hold a percentage, an amount or a date"><input id="uncited-factual" type="checkbox" /> only uncited sentences with a party, percentage, amount or date</label>
    <span class="legend"><span class="s cited kind-entity">entity</span> <span class="s cited kind-relationship">relationship</span> <span class="s cited kind-event">event</span> <span class="s cited kind-exchange_rate">rate</span></span>
    <a href="/explorer">Explorer</a> · <a href="/export/annotations.jsonld">Annotations</a>
  </header>
  <main>
    <nav id="toc-pane" aria-label="Table of contents"><ul id="toc"></ul></nav>
    <article id="text" aria-label="Source text"></article>
    <section id="panel"><p class="muted">Click a sentence to see the facts that cite it.</p></section>
  </main>
  <footer id="status"></footer>`;

export interface SourceRouteOptions {
  readonly gateway: GraphGateway;
  readonly logger: Logger;
  /** Path of the GraphQL endpoint the page talks to. */
  readonly endpoint: string;
  /** True when the web bundle (dist/web) is built. */
  readonly bundled: () => boolean;
}

/**
 * GET /source (the source page), GET /export/annotations.jsonld (every citation as a W3C Web Annotation, read
 * from Neo4j) and GET /export/source.txt (the source text the annotations target, as the offsets index it).
 */
export function addSourceRoutes(router: Router, options: SourceRouteOptions): void {
  const { gateway, logger } = options;
  router.get("/source", (_req: Request, res: Response) => {
    res.type("html");
    if (!options.bundled()) return void res.status(503).send(MISSING_BUNDLE);
    res.send(
      renderPage({
        title: "Source · IIJ knowledge graph",
        script: "/web/source.js",
        style: "/web/source.css",
        boot: { endpoint: options.endpoint },
        body: SOURCE_BODY,
      }),
    );
  });
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
        .send(JSON.stringify(toAnnotations(items, { base: siteBase(req), text: sourceText() })));
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
