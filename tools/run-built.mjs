// Runs an entry point of dist/ without building first: for commands that must not wait for a compile
// (`npm run neo4j:stop`, `neo4j:status`). Usage: node tools/run-built.mjs <entry under dist/> [args...]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [entry, ...args] = process.argv.slice(2);
const file = join(root, "dist", entry ?? "");
if (!entry || !existsSync(file)) {
  process.stderr.write(
    `dist/${entry ?? ""} does not exist: this checkout has not been built (\`npm run build\`), ` +
      "so no command of it has started anything yet.\n",
  );
  process.exit(3);
}
const run = spawnSync(process.execPath, [file, ...args], { stdio: "inherit" });
process.exit(run.status ?? 1);
