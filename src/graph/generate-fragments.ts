import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../project-root";
import { entityRelationsFragment } from "./entity-relations-fragment";

/** `npm run cypher:generate`: writes the generated fragments of cypher/fragments/. */
export const ENTITY_RELATIONS_FILE = join(projectRoot(), "cypher", "fragments", "entity-relations.cypher");

if (require.main === module) {
  writeFileSync(ENTITY_RELATIONS_FILE, entityRelationsFragment());
  process.stdout.write(`wrote ${ENTITY_RELATIONS_FILE}\n`);
}
