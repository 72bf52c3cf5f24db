import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seedDir } from "../seed/prepare";
import { SOURCE_FILE } from "../seed/seed-files";

let cached: string | undefined;

/** The 20-F text citations quote (seed/source/), read once. */
export function sourceText(): string {
  cached ??= readFileSync(join(seedDir(), SOURCE_FILE), "utf8");
  return cached;
}
