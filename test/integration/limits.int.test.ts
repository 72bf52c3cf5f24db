import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { parse, validate } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { GraphGateway } from "../../src/graph/gateway";
import { buildApiSchema } from "../../src/schema/build-schema";
import { TestApi } from "../support/api";
import { CustomApi } from "../support/custom-api";
import { settleWithin } from "../support/settle-within";

const DEFAULTS = loadConfig({}).limits;

/** `entity { owners { owner { ... id } } }` with `depth` levels of fields (armor counts the leaf). */
function nested(depth: number): string {
  let q = "id";
  for (let level = depth - 1; level >= 2; level--)
    q = level % 2 === 0 ? `owners { ${q} }` : `owner { ${q} }`;
  return `{ entity(id: "iij") { ${q} } }`;
}

/** `hops` relationship fields under the `entities` connection: owners { owner { owners ... } }. */
function hopsUnderConnection(hops: number): string {
  let q = "id";
  for (let i = 0; i < hops; i++) q = `owners { owner { ${q} } }`;
  return `{ entities(first: 3) { edges { node { id ${q} } } } }`;
}

/** A document of exactly `tokens` lexical tokens: `query Q { a0: __typename ... }` (+ one `__typename` for odd fits). */
function withTokens(tokens: number): string {
  const aliases = Math.floor((tokens - 4) / 3);
  const rest = tokens - 4 - aliases * 3;
  const fields = Array.from({ length: aliases }, (_, i) => `a${i}: __typename`).concat(
    Array(rest).fill("__typename"),
  );
  return `query Q { ${fields.join(" ")} }`;
}

describe("limits", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  const rejectedBeforeNeo4j = (res: { status: number; headers: Headers; errors?: unknown[] }) => {
    expect(res.status).toBe(400);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.headers.get("x-cypher-statements") ?? "0").toBe("0");
  };

  it(`hops: ${DEFAULTS.maxHops} relationship fields under any root pass in one statement, ${DEFAULTS.maxHops + 1} are rejected before Neo4j`, async () => {
    expect(DEFAULTS.maxHops).toBe(3);
    const ok = await api.gql(hopsUnderConnection(DEFAULTS.maxHops));
    expect(ok.errors).toBeUndefined();
    expect(ok.headers.get("x-cypher-statements")).toBe("1");
    const over = await api.gql(hopsUnderConnection(DEFAULTS.maxHops + 1));
    rejectedBeforeNeo4j(over);
    expect(over.errors![0]!.message).toMatch(/Relationship hop limit of 3 exceeded/);
    // Through fragments, and through a fragment spread at the root.
    const spread = `{ ...Root } fragment Root on Query { entity(id: "iij") { ...Hop } }
      fragment Hop on Entity { competitors { competitor { events { participants { entity { id } } } } } }`;
    expect((await api.gql(spread)).errors).toBeUndefined();
    const deeper = spread.replace("entity { id }", "entity { holdings { owned { id } } }");
    rejectedBeforeNeo4j(await api.gql(deeper));
  });

  it(`depth: ${DEFAULTS.maxDepth} passes, ${DEFAULTS.maxDepth + 1} is rejected before Neo4j`, async () => {
    // The hop limit stops any such nesting first (within the schema, field depth grows only with hops): the depth
    // rule is checked with the hop and cost limits out of the way.
    const hopsOff = await CustomApi.start(api.db.gateway, { maxHops: 10, maxCost: 1e9 });
    try {
      const ok = await hopsOff.gql(nested(DEFAULTS.maxDepth));
      expect(ok.errors).toBeUndefined();
      const over = await hopsOff.gql(nested(DEFAULTS.maxDepth + 1));
      rejectedBeforeNeo4j(over);
      expect(over.errors!.map((e) => e.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(over.errors![0]!.message).toMatch(/depth limit of 20 exceeded/);
    } finally {
      await hopsOff.stop();
    }
    // Depth 1,000: rejected (its ~2,000 tokens stop it at the token limit while parsing, before the depth rule),
    // with no stack overflow (that would be a 500 or another code), no statement run; the server answers the next query.
    const bomb = await api.gql(nested(1000));
    rejectedBeforeNeo4j(bomb);
    expect(
      bomb
        .errors!.map((e) => e.extensions?.code)
        .filter((c) => c !== "GRAPHQL_PARSE_FAILED" && c !== "GRAPHQL_VALIDATION_FAILED"),
    ).toEqual([]);
    expect(JSON.stringify(bomb.errors)).not.toMatch(/Maximum call stack|RangeError/);
    expect((await api.gql(hopsUnderConnection(DEFAULTS.maxHops))).errors).toBeUndefined();
    // With the token limit out of the way, the depth rule itself meets depth 1,000: a validation error, no stack
    // overflow, no statement run.
    const deepParse = await CustomApi.start(api.db.gateway, { maxTokens: 100000 });
    try {
      const deep = await deepParse.gql(nested(1000));
      rejectedBeforeNeo4j(deep);
      expect(new Set(deep.errors!.map((e) => e.extensions?.code))).toEqual(
        new Set(["GRAPHQL_VALIDATION_FAILED"]),
      );
      expect(JSON.stringify(deep.errors)).not.toMatch(/Maximum call stack|RangeError/);
    } finally {
      await deepParse.stop();
    }
  });

  it(`aliases: ${DEFAULTS.maxAliases} pass, ${DEFAULTS.maxAliases + 1} are rejected before Neo4j`, async () => {
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `s${i}: entity(id: "iij") { id }`).join(" ")} }`;
    const ok = await api.gql(aliased(DEFAULTS.maxAliases));
    expect(ok.errors).toBeUndefined();
    rejectedBeforeNeo4j(await api.gql(aliased(DEFAULTS.maxAliases + 1)));
    rejectedBeforeNeo4j(await api.gql(aliased(10000).slice(0, 90000)));
  });

  it(`tokens: ${DEFAULTS.maxTokens} pass, ${DEFAULTS.maxTokens + 1} are rejected while parsing`, async () => {
    const ok = await api.gql(withTokens(DEFAULTS.maxTokens));
    expect(ok.errors).toBeUndefined();
    const over = await api.gql(withTokens(DEFAULTS.maxTokens + 1));
    rejectedBeforeNeo4j(over);
    expect(over.errors![0]!.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it(`directives: ${DEFAULTS.maxDirectives} pass, ${DEFAULTS.maxDirectives + 1} are rejected before Neo4j`, async () => {
    const directives = (n: number) => `{ stats { ${"nodes @include(if: true) ".repeat(n)} } }`;
    expect((await api.gql(directives(DEFAULTS.maxDirectives))).errors).toBeUndefined();
    rejectedBeforeNeo4j(await api.gql(directives(DEFAULTS.maxDirectives + 1)));
  });

  it("cost: a query at the budget passes, one field more is rejected before Neo4j", async () => {
    const schema = await buildApiSchema();
    const query = `{ entity(id: "iij") { id name owners { percentage owner { id name } } holdings { percentage owned { id name } } } }`;
    const heavier = query.replace("id name owners", "id name kind owners");
    // The rule throws "... Query Cost limit of 1 exceeded, found <cost>." with exposeLimits.
    const costOf = (q: string) => {
      try {
        validate(schema, parse(q), [costLimitRule({ maxCost: 1 })]);
      } catch (error) {
        return Number(/found (\d+)/.exec(String(error))![1]);
      }
      throw new Error("no cost reported");
    };
    const budget = costOf(query);
    expect(costOf(heavier)).toBeGreaterThan(budget);
    const limited = await CustomApi.start(api.db.gateway, { maxCost: budget });
    try {
      expect((await limited.gql(query)).errors).toBeUndefined();
      rejectedBeforeNeo4j(await limited.gql(heavier));
    } finally {
      await limited.stop();
    }
  });

  it(`body: ${DEFAULTS.maxBodyBytes} bytes pass, one byte more is 413 before Neo4j`, async () => {
    const body = (size: number) => {
      const base = JSON.stringify({ query: "{ stats { nodes } }", variables: { pad: "" } });
      return JSON.stringify({
        query: "{ stats { nodes } }",
        variables: { pad: "x".repeat(size - base.length) },
      });
    };
    const post = (b: string) =>
      fetch(api.server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: b,
      });
    const ok = await post(body(DEFAULTS.maxBodyBytes));
    expect(ok.status).toBe(200);
    const over = await post(body(DEFAULTS.maxBodyBytes + 1));
    expect(over.status).toBe(413);
    expect(over.headers.get("x-cypher-statements")).toBeNull();
    const json = (await over.json()) as any;
    expect(json.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(JSON.stringify(json)).not.toMatch(/at .*\.js|stack/i);
  });

  it("malformed bodies are 400 without a stack trace; the server keeps serving", async () => {
    for (const body of [
      "{not json",
      "",
      "[]",
      JSON.stringify({ query: 42 }),
      JSON.stringify({ variables: "x" }),
    ]) {
      const res = await fetch(api.server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toMatch(/node_modules|at Object|\.js:\d+/);
    }
    const batch = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ stats { nodes } }" }, { query: "{ stats { nodes } }" }]),
    });
    expect(batch.status).toBe(400);
    expect((await api.gql("{ stats { nodes } }")).status).toBe(200);
  });

  it("rate limit: the limit passes, one request more is 429 RATE_LIMITED before Neo4j", async () => {
    const limited = await CustomApi.start(api.db.gateway, {
      rateLimitMax: 5,
      rateLimitWindowMs: 60000,
    });
    try {
      for (let i = 0; i < 5; i++)
        expect((await limited.gql("{ stats { nodes } }")).status).toBe(200);
      const res = await fetch(limited.server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query":"{ stats { nodes } }"}',
      });
      expect(res.status).toBe(429);
      expect(res.headers.get("x-cypher-statements")).toBeNull();
      expect(((await res.json()) as any).errors[0].extensions.code).toBe("RATE_LIMITED");
      expect((await fetch(`${limited.baseUrl}/health/live`)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it("CSRF: a simple GET without a preflight header is 400 before Neo4j; with one it runs", async () => {
    const url = `${api.server.url}?query=${encodeURIComponent("{ stats { nodes } }")}`;
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/apollo-require-preflight/);
    const preflighted = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
    expect(preflighted.status).toBe(200);
    const mutationByGet = await fetch(
      `${api.server.url}?query=${encodeURIComponent('mutation { deleteEntity(id: "x", citation: {section: "s", quote: "q", url: "https://x.org"}) { id } }')}`,
      { headers: { "apollo-require-preflight": "true" } },
    );
    expect(mutationByGet.status).toBe(405);
  });

  it("introspection and schema hints are configurable", async () => {
    const INTROSPECT = "{ __schema { types { name } } }";
    expect((await api.gql(INTROSPECT)).data?.__schema.types.length).toBeGreaterThan(10);
    expect((await api.gql("{ stat { nodes } }")).errors?.[0]?.message).toMatch(/Did you mean/);
    const production = await CustomApi.start(api.db.gateway, {
      introspection: false,
      hideSchemaDetails: true,
    });
    try {
      const res = await production.gql(INTROSPECT);
      rejectedBeforeNeo4j(res);
      expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      const typo = await production.gql("{ stat { nodes } }");
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await production.stop();
    }
  });

  it("masks database errors: a generic message and code, no Cypher, no Neo4j code", async () => {
    const failing = Object.create(api.db.gateway) as GraphGateway;
    failing.read = async () => {
      throw new Neo4jError(
        "Invalid input 'X': expected MATCH (n:Entity {id: $id}) RETURN n",
        "Neo.ClientError.Statement.SyntaxError",
        "42000",
        "",
      );
    };
    const masked = await CustomApi.start(failing);
    try {
      const res = await masked.gql(`{ entity(id: "iij") { id } }`);
      expect(res.errors?.[0]).toMatchObject({
        message: "Internal server error",
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      expect(JSON.stringify(res)).not.toMatch(/MATCH|Neo\.|SyntaxError|stack/);
    } finally {
      await masked.stop();
    }
  });

  it("ends a runaway traversal at the transaction timeout with QUERY_TIMEOUT", async () => {
    const prefix = `test-limits-${Math.random().toString(36).slice(2, 8)}`;
    const ids = Array.from({ length: 16 }, (_, i) => `${prefix}-${i}`);
    await api.db.driver.executeQuery(
      `UNWIND $ids AS id CREATE (:Entity:Company {id: id, kind: 'Company', name: id})
       WITH collect(id) AS all
       MATCH (a:Entity), (b:Entity) WHERE a.id IN all AND b.id IN all AND a.id < b.id
       CREATE (a)-[:COMPETES_WITH {id: a.id + '--' + b.id}]->(b)`,
      { ids },
    );
    const timeoutMs = 300;
    // The transactions of this server carry `app` in their metadata, so SHOW TRANSACTIONS can tell them apart.
    const app = `${prefix}-app`;
    const slow = new GraphGateway(api.db.driver, api.db.cypher, {
      database: loadConfig().neo4j.database,
      timeoutMs,
      app,
    });
    const limited = await CustomApi.start(slow);
    const running = async () => {
      const { records } = await api.db.driver.executeQuery(
        "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app = $app RETURN count(*) AS n",
        { app },
      );
      return Number(records[0]!.get("n"));
    };
    try {
      const started = performance.now();
      let answered = false;
      const answer = limited
        .gql(
          `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxDepth: 6, first: 50) { length } }`,
          { from: ids[0], to: ids[1] },
        )
        .finally(() => (answered = true));
      // While it runs, Neo4j lists the transaction (so the check below, that it is gone, can see it at all).
      let seenRunning = false;
      while (!answered && !seenRunning) seenRunning = (await running()) > 0;
      // Liveness, not latency: an answer arrives (the gateway gives up at the timeout plus its retry window).
      const res = await settleWithin(answer, 30000, "the runaway traversal");
      const elapsed = performance.now() - started;
      // The database ended it: QUERY_TIMEOUT is mapped only from Neo4j's own transaction-timeout codes (the
      // gateway's deadline would answer SERVICE_UNAVAILABLE), and the transaction is gone, its CPU released.
      expect(res.errors?.[0]?.extensions?.code).toBe("QUERY_TIMEOUT");
      expect(JSON.stringify(res)).not.toMatch(/Neo\./);
      let left = await running();
      for (const by = Date.now() + 30000; left > 0 && Date.now() < by; left = await running())
        await new Promise((r) => setTimeout(r, 100));
      writeFileSync(
        join(tmpdir(), "iij-kg-timeout.json"),
        JSON.stringify({ timeoutMs, elapsedMs: Math.round(elapsed), seenRunning }),
      );
      expect(seenRunning).toBe(true);
      expect(left).toBe(0);
    } finally {
      await limited.stop();
      await api.db.driver.executeQuery(
        "MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n",
        { prefix },
      );
    }
  });
});
