import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { GraphGateway, Params, Row } from "../src/graph/gateway";
import type { QueryClass } from "./workload";

/**
 * L1, the lower bound for any HTTP server on this stack: node:http, parse the JSON body
 * `{"q": "Q1", "v": {...}}`, run the class's statements through the same gateway (executeRead, same
 * driver settings, same metadata and timeout) as our server, JSON.stringify the rows.
 */
export async function startL1(
  gateway: GraphGateway,
  classes: QueryClass[],
  port = 0,
): Promise<{ url: string; server: Server }> {
  const byId = new Map(classes.map((c) => [c.id, c]));
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
            q: string;
            v: Params;
          };
          const rows = await runStatements(gateway, byId.get(body.q)!, body.v);
          const text = JSON.stringify({ rows });
          res.writeHead(200, {
            "content-type": "application/json",
            "x-cypher-statements": String(rows.length),
          });
          res.end(text);
        } catch (error) {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** The class's statements in order, as our server runs them; one row list per statement. */
export async function runStatements(
  gateway: GraphGateway,
  c: QueryClass,
  v: Params,
): Promise<Row[][]> {
  if (c.write) {
    // Writes: all statements in one write transaction, as the mutation store does.
    return gateway.transaction(
      async (run) => {
        const out: Row[][] = [];
        for (const [name, params] of c.statements(v))
          out.push(await run(name, typeof params === "function" ? params(out) : params));
        return out;
      },
      { operation: c.id },
    );
  }
  const out: Row[][] = [];
  for (const [name, params] of c.statements(v)) {
    out.push(
      await gateway.read(name, typeof params === "function" ? params(out) : params, {
        operation: c.id,
      }),
    );
  }
  return out;
}
