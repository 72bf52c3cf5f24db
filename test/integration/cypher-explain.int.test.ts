import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CypherRegistry, listCypherFiles, withFragments } from "../../src/graph/cypher-registry";
import { projectRoot } from "../../src/project-root";
import { TestApi } from "../support/api";

/** Parameters named in a statement, given null values so EXPLAIN can plan it. */
function nullParams(text: string): Record<string, null> {
  const params: Record<string, null> = {};
  for (const [, name] of text.replace(/^\/\/.*$/gm, "").matchAll(/\$([A-Za-z_]\w*)/g)) {
    if (name) params[name] = null;
  }
  return params;
}

describe("every .cypher file", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  const dir = join(projectRoot(), "cypher");
  // Fragments are planned inside the statements that include them.
  const names = listCypherFiles(dir).filter(
    (n) => !n.startsWith("schema/") && !n.startsWith("fragments/"),
  );

  it.each(names)("%s plans under EXPLAIN on the real database", async (name) => {
    const text = withFragments(dir, name, readFileSync(join(dir, `${name}.cypher`), "utf8"));
    const rows = await api.db.gateway.readText(`EXPLAIN ${text}`, nullParams(text));
    expect(rows).toEqual([]);
  });

  // The registry sends these with only as many levels of the relationship fragment as a plan has.
  const item = (children: unknown[] = []) => ({ pattern: "OWNS:IN", children });
  const plans = [[], [item()], [item([item()])]];
  const withVariants = [
    "queries/get-entity",
    "queries/list-entities",
    "queries/search-entities",
  ] as const;
  it.each(withVariants)(
    "%s plans under EXPLAIN with 0, 1 and 2 levels of the relationship fragment",
    async (name) => {
      const registry = CypherRegistry.load(dir);
      for (const plan of plans) {
        const text = registry.textFor(name, { plan });
        expect(text).not.toBe(registry.get(name));
        expect(await api.db.gateway.readText(`EXPLAIN ${text}`, nullParams(text))).toEqual([]);
      }
    },
  );
});
