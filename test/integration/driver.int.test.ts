import neo4j from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/graph/driver";

/** The driver settings of the server, against the real Neo4j. */
describe("createDriver", () => {
  const config = loadConfig();
  const settings = {
    uri: config.neo4j.uri!,
    user: config.neo4j.user,
    password: config.neo4j.password,
  };
  // An unknown property key: Neo4j answers it with a warning notification unless told not to.
  const statement = "MATCH (n:Entity {id: $id}) RETURN n.noSuchPropertyKeyAnywhere AS x";

  it("asks Neo4j for no notifications, which it would otherwise send with every result", async () => {
    const bare = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
    const ours = createDriver(settings);
    try {
      const withDefaults = await bare.executeQuery(
        statement,
        { id: "iij" },
        { database: config.neo4j.database },
      );
      expect(withDefaults.summary.notifications.map((n) => n.code)).toContain(
        "Neo.ClientNotification.Statement.UnknownPropertyKeyWarning",
      );
      const filtered = await ours.executeQuery(
        statement,
        { id: "iij" },
        { database: config.neo4j.database },
      );
      expect(filtered.summary.notifications).toEqual([]);
      expect(filtered.records).toHaveLength(1);
    } finally {
      await Promise.all([bare.close(), ours.close()]);
    }
  });
});
