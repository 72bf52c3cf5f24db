import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, print, type OperationDefinitionNode } from "graphql";
import { projectRoot } from "../../src/project-root";
import { TestApi } from "../support/api";

/**
 * The example reads of items by id: other test files write meanwhile, and lists over the whole graph (the
 * largest holders, counts) may change between two runs; the seed's items by id do not. (The examples' mutations
 * write, and subscriptions never run through Apollo's executor.)
 */
const reads = parse(readFileSync(join(projectRoot(), "schema", "examples.graphql"), "utf8"))
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")
  .filter((op) => op.operation === "query")
  .filter((op) =>
    op.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && (s.arguments ?? []).some((a) => a.name.value === "id"),
    ),
  );

/**
 * An operation's first run goes through graphql-js, the next ones through the compiled form
 * (src/http/compiled-execution.ts): both answer alike, errors and statements included.
 */
describe("compiled execution", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  const executions = async (mode: string): Promise<number> => {
    const text = await (await fetch(`${api.baseUrl}/metrics`)).text();
    const line = new RegExp(`^graphql_executions_total\\{mode="${mode}"\\} (\\d+)$`, "m").exec(
      text,
    );
    return Number(line?.[1] ?? 0);
  };

  it("runs an operation's first run on graphql-js and the next ones compiled; a filter variable never compiled", async () => {
    const plain = `query Counted { entity(id: "iij") { id name } }`;
    const filtered = `query CountedFilter($w: EntityWhere) { entities(first: 1, where: $w) { totalCount } }`;
    const before = {
      compiled: await executions("compiled"),
      interpreted: await executions("interpreted"),
    };
    for (let run = 0; run < 3; run++) expect((await api.gql(plain)).errors).toBeUndefined();
    for (let run = 0; run < 3; run++)
      expect((await api.gql(filtered, { w: { name: { eq: "IIJ" } } })).errors).toBeUndefined();
    expect(await executions("compiled")).toBe(before.compiled + 2);
    expect(await executions("interpreted")).toBe(before.interpreted + 4);
  });

  it("has example reads by id to compare", () => {
    expect(reads.length).toBeGreaterThanOrEqual(5);
  });

  it.each(reads.map((op) => [op.name!.value, print(op)]))(
    "%s answers alike on its first run and its compiled runs",
    async (_name, query) => {
      const [first, second, third] = [
        await api.gql(query),
        await api.gql(query),
        await api.gql(query),
      ];
      expect(first.errors).toBeUndefined();
      for (const later of [second, third]) {
        expect(later.status).toBe(first.status);
        expect(JSON.stringify(later.data)).toBe(JSON.stringify(first.data));
        expect(later.headers.get("x-cypher-statements")).toBe(
          first.headers.get("x-cypher-statements"),
        );
      }
    },
  );

  it("answers a bad variable of a compiled operation with HTTP 400 and the variable's error, as graphql-js does", async () => {
    const query = `query One($id: ID!) { entity(id: $id) { id } }`;
    expect((await api.gql(query, { id: "iij" })).data).toEqual({ entity: { id: "iij" } });
    expect((await api.gql(query, { id: "iij" })).data).toEqual({ entity: { id: "iij" } });
    const bad = await api.gql(query, { id: { not: "an id" } });
    expect(bad.status).toBe(400);
    expect(bad.errors?.[0]?.message).toMatch(/^Variable "\$id" got invalid value/);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers a field's error alike in a compiled run", async () => {
    const query = `{ a: entity(id: "iij") { id } b: entity(id: "no-such-entity") { id } }`;
    const first = await api.gql(query);
    expect(first.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    for (let run = 0; run < 2; run++) {
      const res = await api.gql(query);
      expect(res.status).toBe(first.status);
      expect(res.data).toEqual(first.data);
      expect(res.errors).toEqual(first.errors);
    }
  });
});
