import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";

/** The same model for @neo4j/graphql 7: entities with owners/holdings (OWNS, percentage) and competitors. */
export const N_TYPE_DEFS = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    name: String!
    kind: String!
    shortName: String
    owners: [Entity!]! @relationship(type: "OWNS", direction: IN, properties: "Ownership")
    holdings: [Entity!]! @relationship(type: "OWNS", direction: OUT, properties: "Ownership")
    competitors: [Entity!]!
      @relationship(type: "COMPETES_WITH", direction: OUT, queryDirection: UNDIRECTED)
  }

  type Ownership @relationshipProperties {
    percentage: Float
  }
`;

export interface StatementCounter {
  statements: number;
  last: Array<{ text: string; params: Record<string, unknown> }>;
}

/**
 * Counts the statements @neo4j/graphql runs (and keeps the last ones, to PROFILE them): wraps each
 * transaction's `run` of each session the library opens. Adds a property read per call, nothing else.
 */
export function countingDriver(driver: Driver, counter: StatementCounter): Driver {
  const wrapTx = (tx: any) =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === "run") {
          return (text: string, params: Record<string, unknown>, ...rest: unknown[]) => {
            counter.statements++;
            counter.last.push({ text, params });
            if (counter.last.length > 8) counter.last.shift();
            return target.run(text, params, ...rest);
          };
        }
        const value = target[prop];
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === "session") {
        return (...args: unknown[]) => {
          const session = (target.session as any)(...args);
          return new Proxy(session, {
            get(s, p) {
              if (
                p === "executeRead" ||
                p === "executeWrite" ||
                p === "readTransaction" ||
                p === "writeTransaction"
              ) {
                return (fn: (tx: unknown) => unknown, ...rest: unknown[]) =>
                  s[p]((tx: unknown) => fn(wrapTx(tx)), ...rest);
              }
              if (p === "beginTransaction")
                return (...a: unknown[]) => wrapTx(s.beginTransaction(...a));
              if (p === "run") return wrapTx(s).run;
              const value = s[p];
              return typeof value === "function" ? value.bind(s) : value;
            },
          });
        };
      }
      const value = (target as any)[prop];
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * N: @neo4j/graphql 7 on Apollo Server 5's standalone server. A small plugin reports the statements
 * each request ran in `x-cypher-statements` (exact when requests do not overlap, as in the untimed
 * gate) and, when asked with `x-bench-capture`, returns them in `extensions.cypher` for PROFILE.
 */
export async function startN(
  driver: Driver,
  counter: StatementCounter,
  port = 0,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: N_TYPE_DEFS,
    driver: countingDriver(driver, counter),
  });
  const plugin: ApolloServerPlugin = {
    async requestDidStart({ request }) {
      const before = counter.statements;
      counter.last = [];
      const capture = request.http?.headers.get("x-bench-capture") === "1";
      return {
        async willSendResponse({ response }) {
          response.http.headers.set("x-cypher-statements", String(counter.statements - before));
          if (capture && response.body.kind === "single") {
            response.body.singleResult.extensions = { cypher: counter.last };
          }
        },
      };
    },
  };
  const server = new ApolloServer({ schema: await neoSchema.getSchema(), plugins: [plugin] });
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: "127.0.0.1" },
    context: async () => ({ sessionConfig: { database: "neo4j" } }),
  });
  return { url, stop: () => server.stop() };
}
