import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import {
  compactCypher,
  CYPHER_NAMES,
  CypherRegistry,
  listCypherFiles,
} from "../../src/graph/cypher-registry";
import { RelationshipType } from "../../src/model/vocabulary";
import { projectRoot } from "../../src/project-root";

/** purpose, params, and what it returns (or, for a root statement the translator completes, what it leaves in scope). */
const HEADER = /^\/\/ purpose: .+\n\/\/ params: .+\n\/\/ (returns|leaves): .+\n/;

describe("CypherRegistry", () => {
  const cypherDir = join(projectRoot(), "cypher");

  it("loads every registered statement of cypher/", () => {
    const registry = CypherRegistry.load(cypherDir);
    for (const name of CYPHER_NAMES) expect(registry.get(name)).toMatch(/\S/);
  });

  it("names every relationship type where a statement lists them one by one", () => {
    const registry = CypherRegistry.load(cypherDir);
    const types = Object.values(RelationshipType).sort();
    const indexed = /\[r:([A-Z_|]+)\]/.exec(registry.get("schema/fulltext-relationship-ids"));
    expect(indexed?.[1]?.split("|").sort()).toEqual(types);
    const branches = [...registry.get("queries/filter-relationships").matchAll(/\[r:([A-Z_]+)\]/g)];
    expect(branches.map((m) => m[1]).sort()).toEqual(types);
  });

  it("sends statements without comment lines, indentation or blank lines", () => {
    const registry = CypherRegistry.load(cypherDir);
    for (const name of CYPHER_NAMES) {
      const text = registry.get(name);
      expect({
        name,
        comments: text.split("\n").filter((l) => l.startsWith("//") || l !== l.trim() || l === ""),
      }).toEqual({
        name,
        comments: [],
      });
    }
    expect(
      compactCypher(
        "// purpose: x\n  MATCH (n)\n\n    // why\n  RETURN n.url = 'https://a' // kept\n",
      ),
    ).toBe("MATCH (n)\nRETURN n.url = 'https://a' // kept");
  });

  it("lists the schema statements in order", () => {
    const names = CypherRegistry.load(cypherDir).namesUnder("schema/");
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect([...names].sort()).toEqual(names);
  });

  it("gives every .cypher file the three header lines", () => {
    for (const name of listCypherFiles(cypherDir)) {
      const text = readFileSync(join(cypherDir, `${name}.cypher`), "utf8");
      expect({ name, ok: HEADER.test(text) }).toEqual({ name, ok: true });
    }
  });

  /** A scratch cypher/ folder, removed after the test. */
  const scratch: string[] = [];
  const scratchDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "iij-cypher-registry-"));
    scratch.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("fails fast on a file without a registration", () => {
    const dir = scratchDir();
    for (const name of CYPHER_NAMES) {
      mkdirSync(join(dir, dirname(name)), { recursive: true });
      writeFileSync(join(dir, `${name}.cypher`), "RETURN 1");
    }
    writeFileSync(join(dir, "queries", "stray.cypher"), "RETURN 1");
    expect(() => CypherRegistry.load(dir)).toThrow(/not registered: queries\/stray/);
  });

  it("fails fast on a registered name without a file", () => {
    const dir = scratchDir();
    mkdirSync(join(dir, "queries"));
    expect(() => CypherRegistry.load(dir)).toThrow(/no file for .*queries\/get-entity/);
  });
});
