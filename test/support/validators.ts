import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../src/project-root";

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
export function runOnFile(name: string, text: string, command: (file: string) => string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "iij-validate-"));
  try {
    const file = join(dir, name);
    writeFileSync(file, text);
    const [exe, ...args] = command(file);
    return execFileSync(exe!, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
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
export function validateBods(text: string): BodsValidation {
  const out = runOnFile("bods.json", text, (file) => [
    join(validatorsBin(), "python"),
    join(projectRoot(), "tools", "validate-bods.py"),
    file,
  ]);
  return JSON.parse(out) as BodsValidation;
}
