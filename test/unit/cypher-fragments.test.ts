import { readFileSync } from "node:fs";
import { patternOf } from "../../src/domain/relation-patterns.rules";
import { entityRelationsFragment } from "../../src/graph/entity-relations-fragment";
import { ENTITY_RELATIONS_FILE } from "../../src/graph/generate-fragments";

describe("generated Cypher fragments", () => {
  it("cypher/fragments/entity-relations.cypher is the generator's output (run `npm run cypher:generate`)", () => {
    expect(readFileSync(ENTITY_RELATIONS_FILE, "utf8")).toBe(entityRelationsFragment());
  });

  it("has a typed branch for every single-type read of the relationship fields, and the generic one for the rest", () => {
    const text = entityRelationsFragment();
    expect(patternOf(["OWNS"], "IN")).toBe("OWNS:IN");
    expect(text).toContain("WITH n AS f1 WHERE s1.pattern = 'OWNS:IN' MATCH (f1)<-[r1:OWNS]-(o1)");
    expect(text).toContain("WITH x2[1] AS f3 WHERE s3.pattern = 'COMPETES_WITH:BOTH' MATCH (f3)-[r3:COMPETES_WITH]-(o3)");
    // Each level's rows are cut at its `first` before they are projected and expanded further.
    expect(text).toContain("}[0..s1.first] | {");
    expect(text).toContain("}[0..s3.first] | {");
    expect(patternOf(["OWNS", "SUPPLIES"], "OUT")).toBe("*");
    expect(patternOf(["REGULATES"], "IN")).toBe("*");
    expect(text.match(/s1\.pattern = '\*'/g)).toHaveLength(1);
  });
});
