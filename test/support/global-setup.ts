import "reflect-metadata";
import { loadConfig } from "../../src/config";
import { openDatabase } from "../../src/database";
import { createLogger } from "../../src/logger";
import { applySchema, loadSeed } from "../../src/seed/load-seed";
import { seedDir } from "../../src/seed/prepare";
import { readSeed } from "../../src/seed/seed-files";
import { startTestNeo4j, TEST_PASSWORD, type ThrowawayNeo4j } from "./test-neo4j";

/**
 * Starts a throwaway Neo4j (unless NEO4J_URI is set), applies the schema and loads the seed once;
 * the workers read NEO4J_URI / NEO4J_PASSWORD from the environment. Jest runs no global teardown when
 * this fails, so a failure stops the server here (and the server's watchdog covers an interrupted run).
 */
export default async function globalSetup(): Promise<void> {
  const say = (line: string) => process.stderr.write(`[test-neo4j] ${line}\n`);
  let neo: ThrowawayNeo4j | undefined;
  if (!process.env.NEO4J_URI) {
    neo = await startTestNeo4j(say);
    process.env.NEO4J_URI = neo.boltUri;
    process.env.NEO4J_USER = "neo4j";
    process.env.NEO4J_PASSWORD = TEST_PASSWORD;
    process.env.TEST_NEO4J_HOME = neo.home;
    process.env.TEST_NEO4J_HTTP = neo.browserUrl;
  }
  try {
    const config = loadConfig();
    const db = await openDatabase(config, createLogger("silent"));
    try {
      await applySchema(db.gateway, db.cypher.namesUnder("schema/"));
      const started = performance.now();
      await loadSeed(db.gateway, readSeed(seedDir()), true);
      say(`seeded ${config.neo4j.uri} in ${Math.round(performance.now() - started)} ms`);
    } finally {
      await db.close();
    }
  } catch (error) {
    if (neo) {
      say("global setup failed; stopping the throwaway Neo4j");
      await neo.stop();
    }
    throw error;
  }
}
