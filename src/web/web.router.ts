import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { renderPlaygroundPage } from "@apollographql/graphql-playground-html";
import express, { Router, type NextFunction, type Request, type Response } from "express";
import { GraphQLError } from "graphql";
import { exportGraph } from "../domain/export.store";
import { getSubgraph } from "../domain/traversal.store";
import type { GraphGateway } from "../graph/gateway";
import { RequestDb } from "../graph/request-db";
import type { Logger } from "../logger";
import { projectRoot } from "../project-root";
import { addSourceRoutes } from "./source.routes";
import { ownershipNetwork, toBods } from "./bods.rules";
import { toCsv, type CsvPart } from "./csv.rules";
import { toFtm, toFtmLines } from "./ftm.rules";
import { toCytoscape, type ExportGraph } from "./cytoscape.rules";
import { splitExamples, type ExampleOperation } from "./examples.rules";
import { toGraphml } from "./graphml.rules";
import { EXPLORER_BODY, MISSING_BUNDLE, renderPage } from "./web-pages";
import { siteBase, withAbsoluteLinks } from "./citation-links.rules";

export interface WebRouterOptions {
  readonly gateway: GraphGateway;
  readonly logger: Logger;
  /** Path of the GraphQL endpoint the pages talk to. Default `/graphql`. */
  readonly endpoint?: string;
  /** The built bundle (`npm run build:web`). Default `<project>/dist/web`. */
  readonly webDir?: string;
  /** Named operations preloaded as IDE tabs. Default `<project>/schema/examples.graphql`. */
  readonly examplesFile?: string;
  /** Most nodes in a whole-graph export. Default 5000. */
  readonly maxExportNodes?: number;
}

/** Most nodes in an `?id=&depth=` export. */
const SUBGRAPH_LIMIT = 1000;
const ID_PATTERN = /^[\w.:-]{1,100}$/;
/** Where Playground's React build is served; renderPlaygroundPage appends the package path. */
const PLAYGROUND_CDN = "/web/vendor";
const PLAYGROUND_BUILD = `${PLAYGROUND_CDN}/@apollographql/graphql-playground-react/build`;

/**
 * The browser side of the server: GraphiQL at GET /graphql (for browsers only; everything else
 * falls through to Apollo), GraphQL Playground at /playground, the explorer at /explorer, the
 * bundle under /web/ and the graph exports under /export/.
 */
export function webRouter(options: WebRouterOptions): Router {
  const endpoint = options.endpoint ?? "/graphql";
  const webDir = options.webDir ?? join(projectRoot(), "dist", "web");
  const examples = readExamples(
    options.examplesFile ?? join(projectRoot(), "schema", "examples.graphql"),
  );
  const maxExportNodes = options.maxExportNodes ?? 5000;
  const bundled = () => existsSync(join(webDir, "graphiql.js"));
  const router = Router();

  router.use("/web", express.static(webDir, { index: false, fallthrough: false }));

  router.get(endpoint, (req, res, next) => {
    if (!wantsIde(req)) return next();
    sendPage(res, bundled(), () =>
      renderPage({
        title: "GraphiQL · IIJ knowledge graph",
        script: "/web/graphiql.js",
        style: "/web/graphiql.css",
        boot: { endpoint, examples },
      }),
    );
  });

  router.get("/playground", (_req, res) => {
    const html = renderPlaygroundPage({
      endpoint,
      cdnUrl: PLAYGROUND_CDN,
      faviconUrl: `${PLAYGROUND_BUILD}/favicon.png`,
      title: "GraphQL Playground · IIJ knowledge graph",
      settings: {
        "editor.theme": "light",
        "request.credentials": "same-origin",
        "schema.polling.enable": false,
      },
      tabs: examples.map((e) => ({ endpoint, name: e.name, query: e.query })),
    });
    sendPage(res, bundled(), () => dropRemoteFonts(html));
  });

  router.get("/explorer", (_req, res) => {
    sendPage(res, bundled(), () =>
      renderPage({
        title: "Explorer · IIJ knowledge graph",
        script: "/web/explorer.js",
        style: "/web/explorer.css",
        boot: { endpoint },
        body: EXPLORER_BODY,
      }),
    );
  });

  const load = (req: Request): Promise<ExportGraph> =>
    loadExport(req, options.gateway, maxExportNodes);
  router.get(
    "/export/graph.json",
    exportHandler(options.logger, load, "json", (g) => JSON.stringify(toCytoscape(g))),
  );
  router.get("/export/graph.graphml", exportHandler(options.logger, load, "graphml", toGraphml));
  router.get("/export/graph.csv", (req, res, next) => {
    const part = csvPart(req.query.part);
    if (!part)
      return void res
        .status(400)
        .json({ error: "part: one of nodes, edges (or leave it out for both)" });
    return exportHandler(options.logger, load, "csv", (g) => toCsv(g, part), part)(req, res, next);
  });

  const loadOwnership = (req: Request): Promise<OwnershipExport> =>
    loadOwnershipExport(req, options.gateway, maxExportNodes);
  router.get(
    "/export/bods.json",
    exportHandler(
      options.logger,
      loadOwnership,
      "json",
      (o) =>
        JSON.stringify(
          toBods(o.graph, {
            publicationDate: new Date().toISOString().slice(0, 10),
            declarationSubject: o.subject,
          }),
        ),
      undefined,
      "iij-bods",
    ),
  );
  router.get(
    "/export/ftm.json",
    exportHandler(
      options.logger,
      loadOwnership,
      "ndjson",
      (o) => toFtmLines(toFtm(o.graph)),
      undefined,
      "iij-ftm",
    ),
  );
  addSourceRoutes(router, {
    gateway: options.gateway,
    logger: options.logger,
    endpoint,
    bundled,
  });

  return router;
}

/** A browser navigating to the endpoint: a GET that accepts HTML and carries no GraphQL query. */
function wantsIde(req: Request): boolean {
  return (
    req.method === "GET" &&
    req.query.query === undefined &&
    req.accepts(["application/json", "text/html"]) === "text/html"
  );
}

function sendPage(res: Response, bundled: boolean, html: () => string): void {
  res.type("html");
  if (!bundled) return void res.status(503).send(MISSING_BUNDLE);
  res.send(html());
}

/** The Playground page loads Open Sans from Google Fonts; offline it falls back to the system fonts. */
function dropRemoteFonts(html: string): string {
  return html.replace(/<link[^>]*fonts\.googleapis\.com[^>]*>/g, "");
}

function readExamples(file: string): ExampleOperation[] {
  return existsSync(file) ? splitExamples(readFileSync(file, "utf8")) : [];
}

function csvPart(value: unknown): CsvPart | undefined {
  if (value === undefined || value === "" || value === "all") return "all";
  return value === "nodes" || value === "edges" ? value : undefined;
}

class ExportInputError extends Error {}

class ExportNotFoundError extends Error {}

interface OwnershipExport {
  graph: ExportGraph;
  /** The `?id=` asked for, whose ownership network the graph is; undefined for the whole graph. */
  subject?: string;
  truncated: boolean;
}

/** The whole graph, or with `?id=` the part of it linked to that entity by ownership, control and office. */
async function loadOwnershipExport(
  req: Request,
  gateway: GraphGateway,
  maxNodes: number,
): Promise<OwnershipExport> {
  const id = req.query.id;
  if (id !== undefined && (typeof id !== "string" || !ID_PATTERN.test(id)))
    throw new ExportInputError("id: an entity id such as iij");
  const db = new RequestDb(gateway, String(req.id ?? "export"));
  db.operation = "export";
  const graph = withAbsoluteLinks(await exportGraph(db, maxNodes), siteBase(req));
  if (id === undefined) return { graph, truncated: graph.truncated };
  const root = graph.nodes.find((n) => n.id === id);
  if (!root || root.isEvent) throw new ExportNotFoundError(`Entity "${id}" not found`);
  return { graph: ownershipNetwork(graph, id), subject: id, truncated: graph.truncated };
}

async function loadExport(
  req: Request,
  gateway: GraphGateway,
  maxNodes: number,
): Promise<ExportGraph> {
  const db = new RequestDb(gateway, String(req.id ?? "export"));
  db.operation = "export";
  const base = siteBase(req);
  const id = req.query.id;
  if (id === undefined) return withAbsoluteLinks(await exportGraph(db, maxNodes), base);
  if (typeof id !== "string" || !ID_PATTERN.test(id))
    throw new ExportInputError("id: an entity id such as iij");
  const depthText = req.query.depth ?? "1";
  const depth =
    typeof depthText === "string" && /^[0-3]$/.test(depthText) ? Number(depthText) : NaN;
  if (Number.isNaN(depth)) throw new ExportInputError("depth: an integer from 0 to 3");
  return withAbsoluteLinks(await getSubgraph(db, [id], depth, SUBGRAPH_LIMIT), base);
}

const CONTENT_TYPES = {
  json: "application/json; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  /** FollowTheMoney entities, one JSON object a line (what `ftm` reads); the file keeps `.json`. */
  ndjson: "application/x-ndjson; charset=utf-8",
} as const;

const STATUS_BY_CODE: Record<string, number> = {
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  SERVICE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
};

function exportHandler<T extends { truncated: boolean }>(
  logger: Logger,
  load: (req: Request) => Promise<T>,
  format: keyof typeof CONTENT_TYPES,
  render: (graph: T) => string,
  suffix?: string,
  stem = "iij-graph",
) {
  return async (req: Request, res: Response, _next: NextFunction): Promise<void> => {
    try {
      const graph = await load(req);
      const base = typeof req.query.id === "string" ? `${stem}-${req.query.id}` : stem;
      const extension = format === "ndjson" ? "json" : format;
      const name = `${base}${suffix && suffix !== "all" ? `-${suffix}` : ""}.${extension}`;
      res.setHeader("content-disposition", `attachment; filename="${name}"`);
      res.setHeader("x-graph-truncated", String(graph.truncated));
      res.type(CONTENT_TYPES[format]).send(render(graph));
    } catch (error) {
      if (error instanceof ExportInputError)
        return void res.status(400).json({ error: error.message, code: "BAD_USER_INPUT" });
      if (error instanceof ExportNotFoundError)
        return void res.status(404).json({ error: error.message, code: "NOT_FOUND" });
      const code = error instanceof GraphQLError ? String(error.extensions.code ?? "") : "";
      const status = STATUS_BY_CODE[code];
      if (status) return void res.status(status).json({ error: (error as Error).message, code });
      (req.log ?? logger).error({ err: error }, "graph export failed");
      res.status(500).json({ error: "internal error", code: "INTERNAL_SERVER_ERROR" });
    }
  };
}
