import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

let cached: string | undefined;

/** The folder holding package.json, found by walking up from this file (never process.cwd()). */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + __dirname);
    dir = parent;
  }
  cached = dir;
  return dir;
}
