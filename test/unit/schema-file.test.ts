import { readFileSync } from "node:fs";
import { emittedSdl, SCHEMA_FILE } from "../../src/schema/emit";

describe("schema/schema.graphql", () => {
  it("matches the schema emitted from the TypeGraphQL classes (run `npm run schema:emit`)", async () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(await emittedSdl());
  });
});
