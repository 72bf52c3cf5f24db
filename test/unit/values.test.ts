import neo4j from "neo4j-driver";
import { toPlain } from "../../src/graph/values";

describe("toPlain", () => {
  it("turns Neo4j integers into numbers, and huge ones into strings", () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int("9007199254740993"))).toBe("9007199254740993");
  });
  it("turns temporal values into ISO strings", () => {
    expect(toPlain(new neo4j.types.Date(2007, 3, 31))).toBe("2007-03-31");
  });
  it("converts nested maps and lists", () => {
    expect(toPlain({ a: [neo4j.int(1), { b: neo4j.int(2) }], c: null, d: "x" })).toEqual({
      a: [1, { b: 2 }],
      c: null,
      d: "x",
    });
  });
});
