import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { projectRoot } from "../../src/project-root";

/**
 * Asynchronous, so the server under test (in this process) keeps serving while a validator runs:
 * a blocked event loop lets its keep-alive sockets expire under the next request.
 */
const run = async (file: string, args: string[]): Promise<string> =>
  (await promisify(execFile)(file, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })).stdout;

let bin: string | undefined;

/** The venv with the pinned validators (tools/python-validators.sh creates it on first use). */
export function validatorsBin(): string {
  bin ??= execFileSync("bash", [join(projectRoot(), "tools", "python-validators.sh")], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();
  return bin;
}

/** Runs a validator on `text` written to a throwaway file; returns its stdout. */
export async function runOnFile(
  name: string,
  text: string,
  command: (file: string) => string[],
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "iij-validate-"));
  try {
    const file = join(dir, name);
    writeFileSync(file, text);
    const [exe, ...args] = command(file);
    return await run(exe!, args);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface BodsValidation {
  schemaVersion: string;
  orgIdsPrefixes: string;
  schemaErrors: Array<{ message: string; path: unknown[] }>;
  additionalChecks: Array<{ type: string }>;
  additionalFields: string[];
}

/** Open Ownership's libcovebods on a BODS JSON file (tools/validate-bods.py). */
export async function validateBods(text: string): Promise<BodsValidation> {
  const out = await runOnFile("bods.json", text, (file) => [
    join(validatorsBin(), "python"),
    join(projectRoot(), "tools", "validate-bods.py"),
    file,
  ]);
  return JSON.parse(out) as BodsValidation;
}

export interface FtmValidation {
  version: string;
  entities: number;
  errors: string[];
  /** Entities `ftm validate` wrote back, and values it dropped or changed on the way. */
  revalidated: number;
  changed: string[];
  /** Entities `ftm aggregate` wrote. */
  aggregated: number;
}

type FtmLine = { id: string; properties: Record<string, string[]> };

/** The followthemoney package on line-delimited entities: the model check, `ftm validate`, `ftm aggregate`. */
export async function validateFtm(text: string): Promise<FtmValidation> {
  const dir = mkdtempSync(join(tmpdir(), "iij-ftm-"));
  try {
    const file = join(dir, "ftm.json");
    writeFileSync(file, text);
    const py = join(validatorsBin(), "python");
    const ftm = join(validatorsBin(), "ftm");
    const check = JSON.parse(
      await run(py, [join(projectRoot(), "tools", "validate-ftm.py"), file]),
    ) as Pick<FtmValidation, "version" | "entities" | "errors">;
    await run(ftm, ["validate", "-i", file, "-o", join(dir, "validated.json")]);
    await run(ftm, ["aggregate", "-i", file, "-o", join(dir, "aggregated.json")]);
    const read = (name: string): FtmLine[] =>
      readFileSync(join(dir, name), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as FtmLine);
    const before = new Map(read("ftm.json").map((e) => [e.id, e]));
    const validated = read("validated.json");
    const changed: string[] = [];
    for (const e of validated) {
      const original = before.get(e.id)?.properties ?? {};
      const keys = new Set([...Object.keys(original), ...Object.keys(e.properties)]);
      for (const key of keys) {
        const a = [...(original[key] ?? [])].sort();
        const b = [...(e.properties[key] ?? [])].sort();
        if (JSON.stringify(a) !== JSON.stringify(b)) changed.push(`${e.id}.${key}`);
      }
    }
    return {
      ...check,
      revalidated: validated.length,
      changed,
      aggregated: read("aggregated.json").length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
