import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { printSchema } from "graphql";
import { projectRoot } from "../project-root";
import { buildApiSchema } from "./build-schema";

/** The SDL as committed in schema/schema.graphql. */
export async function emittedSdl(): Promise<string> {
  return `${printSchema(await buildApiSchema())}\n`;
}

export const SCHEMA_FILE = join(projectRoot(), "schema", "schema.graphql");

if (require.main === module) {
  emittedSdl().then(
    (sdl) => {
      writeFileSync(SCHEMA_FILE, sdl);
      process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
