import neo4j, { type Driver } from "neo4j-driver";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import { CypherRegistry } from "../../src/graph/cypher-registry";
import { GraphGateway } from "../../src/graph/gateway";
import { projectRoot } from "../../src/project-root";

/**
 * Bolt round trips per statement, read from the real driver's debug log: each run of client
 * messages (`C: BEGIN`, `C: RUN`, ...) sent before the next server reply is one round trip.
 */
describe("Bolt round trips", () => {
  const messages: string[] = [];
  let driver: Driver;
  let gateway: GraphGateway;

  beforeAll(async () => {
    const config = loadConfig();
    driver = neo4j.driver(
      config.neo4j.uri!,
      neo4j.auth.basic(config.neo4j.user, config.neo4j.password),
      {
        logging: { level: "debug", logger: (_level, message) => messages.push(message) },
      },
    );
    gateway = new GraphGateway(driver, CypherRegistry.load(join(projectRoot(), "cypher")), {
      database: config.neo4j.database,
      timeoutMs: 10_000,
      app: "test-round-trips",
    });
    await gateway.read("health/ping"); // a connection in the pool, routing known
  });
  afterAll(() => driver.close());

  const roundTrips = async (work: () => Promise<unknown>) => {
    messages.length = 0;
    await work();
    const kinds = messages
      .map((m) => (/ C: /.test(m) ? "C" : / S: /.test(m) ? "S" : ""))
      .filter(Boolean);
    return kinds.filter((kind, i) => kind === "C" && kinds[i - 1] !== "C").length;
  };

  it("a read is one round trip (an auto-commit transaction: RUN and PULL together, no BEGIN or COMMIT)", async () => {
    expect(
      await roundTrips(() =>
        gateway.read("queries/ownership-chain-up", { id: "iij", maxDepth: 2, asOf: null }),
      ),
    ).toBe(1);
    expect(await roundTrips(() => gateway.read("queries/get-stats"))).toBe(1);
  });

  it("driver.executeQuery, which the server used to read with, is two (BEGIN, RUN and PULL together; then COMMIT)", async () => {
    const database = loadConfig().neo4j.database;
    expect(
      await roundTrips(() =>
        driver.executeQuery(
          "MATCH (n:Entity {id: $id}) RETURN n.name",
          { id: "iij" },
          { database },
        ),
      ),
    ).toBe(2);
  });

  it("session.executeRead, as @neo4j/graphql's Executor runs its reads, is three (BEGIN; RUN and PULL; COMMIT)", async () => {
    const session = driver.session({ database: loadConfig().neo4j.database });
    try {
      expect(
        await roundTrips(() =>
          session.executeRead((tx) =>
            tx.run("MATCH (n:Entity {id: $id}) RETURN n.name", { id: "iij" }),
          ),
        ),
      ).toBe(3);
    } finally {
      await session.close();
    }
  });

  it("a write in its own transaction is three (BEGIN; RUN and PULL; COMMIT)", async () => {
    // A write that changes nothing: the id does not exist.
    expect(
      await roundTrips(() =>
        gateway.write("mutations/find-items", { ids: ["no-such-id"], withRelationships: false }),
      ),
    ).toBe(3);
  });
});
