import { readFileSync } from "node:fs";
import {
  buildSchema,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from "graphql";
import { emittedSdl, SCHEMA_FILE } from "../../src/schema/emit";

describe("schema/schema.graphql", () => {
  it("matches the schema emitted from the TypeGraphQL classes (run `npm run schema:emit`)", async () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(await emittedSdl());
  });
});

describe("the schema's documentation", () => {
  it("describes every type, field, argument, input field and enum value of the API", async () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, "utf8"));
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
      const root = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
      if (!type.description && !root.includes(type as never)) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
