// Runs before `npm test`: checks once, up front, that everything the whole suite needs is installed, and
// names the command that installs what is missing (instead of a Neo4j or browser launch failing per test).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const missing = [];
const found = (command, args) => {
  const run = spawnSync(command, args, { encoding: "utf8" });
  return run.error ? undefined : `${run.stdout}${run.stderr}`;
};

const nodeMajor = Number(process.versions.node.split(".")[0]);
if (nodeMajor < 22) {
  missing.push(
    `Node.js 22 or later (this is ${process.version}): install Node 24 LTS, or run \`. tools/node-24.sh\` ` +
      "in this shell to put the project's Node 24 first on PATH (it downloads it from the npm registry).",
  );
}

const java = found("java", ["-version"]);
const javaMajor = java && /version "(\d+)/.exec(java);
if (!javaMajor || Number(javaMajor[1]) < 17) {
  missing.push(
    "a JDK 17 or later for the throwaway Neo4j: `apt-get install openjdk-17-jdk-headless`.",
  );
}

const jarsDir = process.env.NEO4J_LOCAL_DIR ?? join(root, ".neo4j");
const jarsInstalled =
  existsSync(jarsDir) && readdirSync(jarsDir).some((v) => existsSync(join(jarsDir, v, "lib")));
if (!jarsInstalled && found("mvn", ["-v"]) === undefined) {
  missing.push("Maven 3.8+ to install the Neo4j jars on first use: `apt-get install maven`.");
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  missing.push(
    `Chromium for the browser tests (looked for ${chromium}; CHROMIUM_PATH names another): ` +
      "`apt-get update && apt-get install -y chromium`.",
  );
}

// The ownership exports' tests run the standards' own validators (libcovebods, followthemoney) from a venv
// that tools/python-validators.sh creates in .tools/venv.
const python = found("python3", [
  "-c",
  "import sys, venv, ensurepip; print(sys.version_info[:2] >= (3, 10))",
]);
if (!python || !python.includes("True")) {
  missing.push(
    "Python 3.10+ with venv for the BODS and FollowTheMoney validators: `apt-get install python3 python3-venv`.",
  );
}

if (missing.length > 0) {
  process.stderr.write(`npm test needs:\n${missing.map((m) => `  - ${m}`).join("\n")}\n`);
  process.exit(1);
}
