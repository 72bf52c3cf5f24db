import pino from "pino";
import { loadConfig } from "../../src/config";
import type { CypherName, CypherRegistry } from "../../src/graph/cypher-registry";
import { GraphGateway } from "../../src/graph/gateway";
import { createServer, type RunningServer } from "../../src/server";
import { postGraphQL, TestApi } from "../support/api";
import { authHeader } from "../support/custom-api";
import { fingerprint } from "./support";

/**
 * F6: non-retriable errors from the real test Neo4j. The server runs over a gateway whose registry serves two
 * statements altered (nothing else is changed; the database and driver are the real ones):
 * - `mutations/create-entity` with CREATE instead of MERGE, so creating a stored id violates the real
 *   uniqueness constraint `entity_id` (Neo.ClientError.Schema.ConstraintValidationFailed);
 * - `queries/get-stats` with a syntax error (Neo.ClientError.Statement.SyntaxError).
 * Each must run exactly once (client errors are not retried), reach the client as INTERNAL_SERVER_ERROR with a
 * generic message and no Cypher, Neo4j code or stack, be logged in full, and change nothing in the graph.
 */
const P = `test-f6-${Math.random().toString(36).slice(2, 8)}`;
const CITE = { section: "Item 4", quote: "NTT Communications purchased shares of our company" };
const CREATE = `mutation($i: CreateEntityInput!) { createEntity(input: $i) { created entity { id name } } }`;
const LEAK =
  /Neo\.|Neo4jError|ConstraintValidation|SyntaxError|already exists|CREATE|MERGE|MATCH|bolt:|node_modules|\.ts:\d+/;

interface LogLine {
  level: number;
  msg: string;
  err?: { code?: string; message?: string; type?: string };
  requestId?: string;
}

describe("F6: non-retriable database errors", () => {
  let shared: TestApi;
  let server: RunningServer;
  const log: LogLine[] = [];
  const runs: Array<{ name: CypherName; ok: boolean }> = [];

  beforeAll(async () => {
    shared = await TestApi.start();
    const real = shared.db.cypher;
    const altered = Object.create(real) as CypherRegistry;
    altered.get = (name: CypherName) => {
      const text = real.get(name);
      if (name === "mutations/create-entity") {
        const create = text.replace(
          "MERGE (n:Entity {id: $id})\nON CREATE SET",
          "CREATE (n:Entity {id: $id})\nSET",
        );
        if (create === text)
          throw new Error("create-entity.cypher changed; update this test's substitution");
        return create;
      }
      if (name === "queries/get-stats") return `${text}\nRETURN RETURN`;
      return text;
    };
    const config = loadConfig();
    const gateway = new GraphGateway(shared.db.driver, altered, {
      database: config.neo4j.database,
      timeoutMs: config.neo4j.queryTimeoutMs,
      app: "test-f6",
    });
    gateway.onStatement((name, _ms, ok) => runs.push({ name, ok }));
    const logger = pino(
      { level: "error" },
      { write: (line: string) => void log.push(JSON.parse(line) as LogLine) },
    );
    server = await createServer(
      {
        gateway,
        logger,
        config: { ...config, limits: { ...config.limits, rateLimitMax: 0 } },
      },
      0,
      "127.0.0.1",
    );
  });

  afterAll(async () => {
    await server?.stop();
    const editor = await authHeader(["editor"], "f6");
    await shared.gql(
      `mutation($id: ID!, $c: CitationInput!) { deleteEntity(id: $id, citation: $c) { deleted } }`,
      { id: P, c: CITE },
      editor,
    );
    await shared.stop();
  });

  it("a uniqueness-constraint violation: one attempt, INTERNAL_SERVER_ERROR, no leak, nothing written", async () => {
    const editor = await authHeader(["editor"], "f6");
    const input = { id: P, kind: "Company", name: "F6 original", citations: [CITE] };
    // Stored through the real server first (MERGE): created once.
    expect((await shared.gql(CREATE, { i: input }, editor)).data?.createEntity).toMatchObject({
      created: true,
    });
    const before = await fingerprint(shared.db.gateway, P);

    runs.length = 0;
    log.length = 0;
    const res = await postGraphQL(
      server.url,
      CREATE,
      { i: { ...input, name: "F6 duplicate" } },
      editor,
    );
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      {
        message: "Internal server error",
        path: ["createEntity"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      },
    ]);
    expect(JSON.stringify(res)).not.toMatch(LEAK);
    // Exactly one attempt: the transaction function ran once (find-items, then the failing create), no retry. The
    // change sequencer's own runs (after the response and on its sweep) are statements of their own.
    expect(runs.filter((r) => r.name !== "changes/sequence-pending")).toEqual([
      { name: "mutations/find-items", ok: true },
      { name: "mutations/create-entity", ok: false },
    ]);
    expect(res.headers.get("x-cypher-statements")).toBe("2");
    // The server's log has the real error, once.
    const errors = log.filter((l) => l.msg === "unexpected error in GraphQL request");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.err?.code).toBe("Neo.ClientError.Schema.ConstraintValidationFailed");
    // ... with the request id the client got.
    expect(errors[0]!.requestId).toBe(res.headers.get("x-request-id"));
    expect(errors[0]!.requestId).toMatch(/^[\w-]{8,}$/);
    // Nothing changed: the stored entity keeps its name, the graph its fingerprint.
    expect(await fingerprint(shared.db.gateway, P)).toBe(before);
    expect(
      (await shared.data<{ entity: { name: string } }>(`{ entity(id: "${P}") { name } }`)).entity
        .name,
    ).toBe("F6 original");
  });

  it("a Cypher syntax error on a read: one attempt, INTERNAL_SERVER_ERROR, no leak", async () => {
    runs.length = 0;
    log.length = 0;
    const res = await postGraphQL(server.url, "{ stats { nodes } }");
    expect(res.status).toBe(200);
    expect(res.errors).toEqual([
      {
        message: "Internal server error",
        path: ["stats"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      },
    ]);
    expect(JSON.stringify(res)).not.toMatch(LEAK);
    expect(runs).toEqual([{ name: "queries/get-stats", ok: false }]);
    const errors = log.filter((l) => l.msg === "unexpected error in GraphQL request");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.err?.code).toBe("Neo.ClientError.Statement.SyntaxError");
    // The real statements still work on the same driver.
    expect(
      (await shared.data<{ stats: { nodes: number } }>("{ stats { nodes } }")).stats.nodes,
    ).toBeGreaterThan(0);
  });
});
