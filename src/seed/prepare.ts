import { join } from "node:path";
import type { Database } from "../database";
import type { Logger } from "../logger";
import { projectRoot } from "../project-root";
import { readSeed } from "./seed-files";
import { applySchema, isGraphEmpty, loadSeed } from "./load-seed";

export function seedDir(): string {
  return join(projectRoot(), "seed");
}

/** Applies cypher/schema/ and, when asked and the graph is empty, loads the seed. */
export async function prepareDatabase(db: Database, logger: Logger, seedWhenEmpty: boolean): Promise<void> {
  await applySchema(db.gateway, db.cypher.namesUnder("schema/"));
  logger.info("Applied the constraints and indexes of cypher/schema/.");
  if (!seedWhenEmpty || !(await isGraphEmpty(db.gateway))) return;
  const seed = readSeed(seedDir());
  logger.info("The graph is empty: loading the seed ...");
  const loaded = await loadSeed(db.gateway, seed);
  logger.info(loaded, "Loaded the seed.");
}
