import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import {
  compactCypher,
  CYPHER_NAMES,
  CypherRegistry,
  listCypherFiles,
  planDepth,
} from "../../src/graph/cypher-registry";
import { projectRoot } from "../../src/project-root";

const HEADER = /^\/\/ purpose: .+\n\/\/ params: .+\n\/\/ returns: .+\n/;

describe("CypherRegistry", () => {
  const cypherDir = join(projectRoot(), "cypher");

  it("loads every registered statement of cypher/", () => {
    const registry = CypherRegistry.load(cypherDir);
    for (const name of CYPHER_NAMES) expect(registry.get(name)).toMatch(/\S/);
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

  it("sends a statement with only as many levels of the relationship fragment as its $plan has", () => {
    const registry = CypherRegistry.load(cypherDir);
    const item = (children: unknown[] = []) => ({ pattern: "OWNS:IN", children });
    expect(
      [[], [item()], [item(), item([item()])], [item([item([item()])])]].map(planDepth),
    ).toEqual([0, 1, 2, 3]);
    const full = registry.get("queries/get-entity");
    const none = registry.textFor("queries/get-entity", { id: "iij", plan: [] });
    const one = registry.textFor("queries/get-entity", { id: "iij", plan: [item()] });
    const two = registry.textFor("queries/get-entity", { id: "iij", plan: [item([item()])] });
    expect(none).toMatch(/^MATCH \(n:Entity \{id: \$id\}\)/);
    expect(none).not.toContain("s1");
    expect(one).toContain("s1.pattern = 'OWNS:IN'");
    expect(one).not.toContain("s2");
    expect(two).toContain("s2.pattern = 'OWNS:IN'");
    expect(two).not.toContain("s3");
    expect(none.length < one.length && one.length < two.length && two.length < full.length).toBe(
      true,
    );
    // Three levels, or more (deeper fields are read by their own statements), send the whole fragment.
    expect(registry.textFor("queries/get-entity", { plan: [item([item([item()])])] })).toBe(full);
    expect(registry.textFor("queries/get-entity", { plan: [item([item([item([item()])])])] })).toBe(
      full,
    );
    // Statements without the fragment, and calls without a plan, are sent as they are.
    expect(registry.textFor("queries/get-stats", { plan: [] })).toBe(
      registry.get("queries/get-stats"),
    );
    expect(registry.textFor("queries/get-entity", {})).toBe(full);
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
