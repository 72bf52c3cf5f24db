import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, print, type OperationDefinitionNode } from "graphql";
import { projectRoot } from "../../src/project-root";
import { TestApi } from "../support/api";

const root = projectRoot();
const operations = parse(
  readFileSync(join(root, "schema", "examples.graphql"), "utf8"),
).definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** Examples whose statements are not one per root field: conversions use the rate table the server holds (none). */
const STATEMENTS: Record<string, number> = {
  Convert: 0,
};

describe("schema/examples.graphql", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  it("holds one named operation per capability", () => {
    expect(operations.length).toBeGreaterThanOrEqual(18);
    for (const op of operations) expect(op.name?.value).toMatch(/^[A-Z]\w+$/);
  });

  it.each(operations.map((op) => [op.name!.value, print(op)]))(
    "%s runs without errors on the seeded graph",
    async (_name, query) => {
      const res = await api.gql(query);
      expect(res.errors).toBeUndefined();
      expect(res.status).toBe(200);
      const values = Object.values(res.data ?? {});
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(value).not.toBeNull();
      // Every root field is one statement at any depth, except where noted in STATEMENTS.
      expect(res.headers.get("x-cypher-statements")).toBe(
        String(STATEMENTS[_name] ?? Object.keys(res.data ?? {}).length),
      );
    },
  );

  it.each(operations.map((op) => [op.name!.value]))("README shows the %s example", (name) => {
    expect(readme).toContain(`query ${name} {`);
  });
});
