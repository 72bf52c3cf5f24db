import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, print, type OperationDefinitionNode } from "graphql";
import { listCypherFiles } from "../../src/graph/cypher-registry";
import { projectRoot } from "../../src/project-root";
import { buildApiSchema } from "../../src/schema/build-schema";
import { rootInfos } from "../../src/translate/root-info";
import { TestApi } from "../support/api";
import { ROOT_STATEMENTS } from "../support/root-statements";
import { SHAPES } from "../support/translation-shapes";

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
  const names = listCypherFiles(dir).filter((n) => !n.startsWith("schema/"));

  it.each(names)("%s plans under EXPLAIN on the real database", async (name) => {
    const own = readFileSync(join(dir, `${name}.cypher`), "utf8");
    // A statement that reads what another leaves runs after it, in one statement (the gateway's Preceded).
    const after = /^\/\/ after: (\S+)/m.exec(own)?.[1];
    const text = after
      ? `CALL () {\n${readFileSync(join(dir, `${after}.cypher`), "utf8")}\n}\n${own}`
      : own;
    // A root statement leaves its nodes for the translator's RETURN clause: planned here with all of them returned.
    const whole = /^\/\/ leaves: /m.test(text) ? `${text}\nRETURN *` : text;
    const rows = await api.db.gateway.readText(`EXPLAIN ${whole}`, nullParams(whole));
    expect(rows).toEqual([]);
  });

  const examples = parse(readFileSync(join(projectRoot(), "schema", "examples.graphql"), "utf8"))
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")
    .map((op) => [op.name!.value, print(op)] as const);

  it.each(SHAPES)(
    "the translation of %s plans under EXPLAIN",
    async (_name, query, variables = {}) => {
      const schema = await buildApiSchema();
      const [info] = rootInfos(schema, query, variables);
      const { text, params } = api.db.gateway.prepare(ROOT_STATEMENTS[info!.fieldName]!(info!));
      const rows = await api.db.gateway.readText(`EXPLAIN ${text}`, {
        ...nullParams(text),
        ...params,
      });
      expect(rows).toEqual([]);
    },
  );

  const translatedRoots = new Set<string>();
  it.each(examples)(
    "the %s example's translated statements plan under EXPLAIN",
    async (_name, query) => {
      const schema = await buildApiSchema();
      for (const info of rootInfos(schema, query)) {
        const build = ROOT_STATEMENTS[info.fieldName];
        if (!build) continue; // a fixed statement, planned above
        translatedRoots.add(info.fieldName);
        const { text, params } = api.db.gateway.prepare(build(info));
        const rows = await api.db.gateway.readText(`EXPLAIN ${text}`, {
          ...nullParams(text),
          ...params,
        });
        expect(rows).toEqual([]);
      }
    },
  );

  it("translated the statements of every root the examples use that returns entities, relationships, events or sentences", () => {
    expect([...translatedRoots].sort()).toEqual(
      [
        "competitors",
        "corporateGroup",
        "customers",
        "entities",
        "entity",
        "events",
        "nodes",
        "relationships",
        "riskFactors",
        "search",
        "searchText",
        "sentence",
        "sentences",
        "suppliers",
        "timeline",
      ].sort(),
    );
  });
});
