import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CYPHER_NAMES, CypherRegistry, listCypherFiles } from "../../src/graph/cypher-registry";
import { projectRoot } from "../../src/project-root";

const HEADER = /^\/\/ purpose: .+\n\/\/ params: .+\n\/\/ returns: .+\n/;

describe("CypherRegistry", () => {
  const cypherDir = join(projectRoot(), "cypher");

  it("loads every registered statement of cypher/", () => {
    const registry = CypherRegistry.load(cypherDir);
    for (const name of CYPHER_NAMES) expect(registry.get(name)).toMatch(/\S/);
  });

  it("lists the schema statements in order", () => {
    const names = CypherRegistry.load(cypherDir).namesUnder("schema/");
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect([...names].sort()).toEqual(names);
  });

  it("gives every .cypher file the three header lines", () => {
    for (const name of listCypherFiles(cypherDir)) {
      const text = require("node:fs").readFileSync(join(cypherDir, `${name}.cypher`), "utf8");
      expect({ name, ok: HEADER.test(text) }).toEqual({ name, ok: true });
    }
  });

  it("fails fast on a file without a registration", () => {
    const dir = mkdtempSync(join(tmpdir(), "cypher-"));
    for (const name of CYPHER_NAMES) {
      mkdirSync(join(dir, name.split("/")[0]!), { recursive: true });
      writeFileSync(join(dir, `${name}.cypher`), "RETURN 1");
    }
    writeFileSync(join(dir, "queries", "stray.cypher"), "RETURN 1");
    expect(() => CypherRegistry.load(dir)).toThrow(/not registered: queries\/stray/);
  });

  it("fails fast on a registered name without a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "cypher-"));
    mkdirSync(join(dir, "queries"));
    expect(() => CypherRegistry.load(dir)).toThrow(/no file for .*queries\/get-entity/);
  });
});
