import "reflect-metadata";
import { loadConfig } from "../../src/config";
import { openDatabase } from "../../src/database";
import { createLogger } from "../../src/logger";
import { applySchema, loadSeed } from "../../src/seed/load-seed";
import { seedDir } from "../../src/seed/prepare";
import { readSeed } from "../../src/seed/seed-files";
import { startTestNeo4j, TEST_PASSWORD } from "./test-neo4j";


/**
 * Starts a throwaway Neo4j (unless NEO4J_URI is set), applies the schema and loads the seed once;
 * the workers read NEO4J_URI / NEO4J_PASSWORD from the environment.
 */
export default async function globalSetup(): Promise<void> {
  const say = (line: string) => process.stderr.write(`[test-neo4j] ${line}\n`);
  if (!process.env.NEO4J_URI) {
    const neo = await startTestNeo4j(say);
    process.env.NEO4J_URI = neo.boltUri;
    process.env.NEO4J_USER = "neo4j";
    process.env.NEO4J_PASSWORD = TEST_PASSWORD;
    process.env.TEST_NEO4J_HOME = neo.home;
    process.env.TEST_NEO4J_HTTP = neo.browserUrl;
  }
  const config = loadConfig();
  const db = await openDatabase(config, createLogger("silent"));
  try {
    await applySchema(db.gateway, db.cypher.namesUnder("schema/"));
    await loadSeed(db.gateway, readSeed(seedDir()), true);
    say(`seeded ${config.neo4j.uri}`);
  } finally {
    await db.close();
  }
}
