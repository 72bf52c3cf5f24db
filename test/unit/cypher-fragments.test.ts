import { readFileSync } from "node:fs";
import { patternOf } from "../../src/domain/relation-patterns.rules";
import { entityRelationsFragment } from "../../src/graph/entity-relations-fragment";
import { generatedFragments } from "../../src/graph/generate-fragments";

describe("generated Cypher fragments", () => {
  it("cypher/fragments/entity-relations*.cypher are the generator's output (run `npm run cypher:generate`)", () => {
    const files = generatedFragments();
    expect(files.map((f) => f.file.replace(/.*cypher\//, ""))).toEqual([
      "fragments/entity-relations-0.cypher",
      "fragments/entity-relations-1.cypher",
      "fragments/entity-relations-2.cypher",
      "fragments/entity-relations.cypher",
    ]);
    for (const { file, text } of files)
      expect({ file, text: readFileSync(file, "utf8") }).toEqual({ file, text });
  });

  it("the shallower variants stop expanding at their level", () => {
    expect(entityRelationsFragment(0)).toMatch(/\n\[\]\n$/);
    const one = entityRelationsFragment(1);
    expect(one).toContain("}[0..s1.first] | {");
    expect(one).toContain("nested: []");
    expect(one).not.toContain("s2");
    const two = entityRelationsFragment(2);
    expect(two).toContain("}[0..s2.first] | {");
    expect(two).not.toContain("s3");
    expect(entityRelationsFragment(3)).toBe(entityRelationsFragment());
  });

  it("has a typed branch for every single-type read of the relationship fields, and the generic one for the rest", () => {
    const text = entityRelationsFragment();
    expect(patternOf(["OWNS"], "IN")).toBe("OWNS:IN");
    expect(text).toContain("WITH n AS f1 WHERE s1.pattern = 'OWNS:IN' MATCH (f1)<-[r1:OWNS]-(o1)");
    expect(text).toContain(
      "WITH x2[1] AS f3 WHERE s3.pattern = 'COMPETES_WITH:BOTH' MATCH (f3)-[r3:COMPETES_WITH]-(o3)",
    );
    // Each level's rows are cut at its `first` before they are projected and expanded further.
    expect(text).toContain("}[0..s1.first] | {");
    expect(text).toContain("}[0..s3.first] | {");
    expect(patternOf(["OWNS", "SUPPLIES"], "OUT")).toBe("*");
    expect(patternOf(["REGULATES"], "IN")).toBe("*");
    expect(text.match(/s1\.pattern = '\*'/g)).toHaveLength(1);
  });
});
