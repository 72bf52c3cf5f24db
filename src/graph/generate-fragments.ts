import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../project-root";
import {
  entityRelationsFragment,
  entityRelationsFragmentName,
  FRAGMENT_LEVELS,
} from "./entity-relations-fragment";

/** The generated fragments of cypher/fragments/: file path and text, the full fragment and each shallower variant. */
export function generatedFragments(): Array<{ file: string; text: string }> {
  return Array.from({ length: FRAGMENT_LEVELS + 1 }, (_, levels) => ({
    file: join(projectRoot(), "cypher", `${entityRelationsFragmentName(levels)}.cypher`),
    text: entityRelationsFragment(levels),
  }));
}

/** `npm run cypher:generate`: writes them. */
if (require.main === module) {
  for (const { file, text } of generatedFragments()) {
    writeFileSync(file, text);
    process.stdout.write(`wrote ${file}\n`);
  }
}
