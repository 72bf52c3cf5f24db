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
    expect(text).toContain("MATCH (n)<-[r1:OWNS]-(o1) WHERE s1.pattern = 'OWNS:IN'");
    expect(text).toContain("MATCH (o2)-[r3:COMPETES_WITH]-(o3) WHERE s3.pattern = 'COMPETES_WITH:BOTH'");
    expect(patternOf(["OWNS", "SUPPLIES"], "OUT")).toBe("*");
    expect(patternOf(["REGULATES"], "IN")).toBe("*");
    expect(text.match(/s1\.pattern = '\*'/g)).toHaveLength(1);
  });
});
