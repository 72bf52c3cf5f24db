import "reflect-metadata";
import { ConfigError, loadConfig } from "../config";
import { openDatabase } from "../database";
import { createLogger } from "../logger";
import { LocalNeo4jError } from "../neo4j-local/errors";
import { applySchema, loadSeed } from "./load-seed";
import { readSeed, SeedError } from "./seed-files";
import { seedDir } from "./prepare";

/** `npm run seed [-- --reset]`: validates every seed file, then loads them in one transaction. */
async function main(args: string[]): Promise<void> {
  const reset = args.includes("--reset");
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const seed = readSeed(seedDir());
  logger.info(
    `Seed is valid: ${seed.entities.length} entities, ${seed.riskFactors.length} risk factors, ` +
      `${seed.relationships.length} relationships, ${seed.events.length} events, ${seed.figures.length} figures.`,
  );
  const db = await openDatabase(config, logger);
  try {
    await applySchema(db.gateway, db.cypher.namesUnder("schema/"));
    logger.info(reset ? "Emptying the graph and loading the seed ..." : "Loading the seed ...");
    const loaded = await loadSeed(db.gateway, seed, reset);
    logger.info(loaded, "Seed loaded.");
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof SeedError || error instanceof ConfigError || error instanceof LocalNeo4jError;
  process.stderr.write(`${known ? (error as Error).message : (error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
