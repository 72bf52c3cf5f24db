import {
  changeRows,
  decodeChangeCursor,
  encodeChangeCursor,
  knownAtInstant,
  stableJson,
} from "../../src/changes/change.rules";

describe("change rules", () => {
  it("writes the same state as the same JSON whatever the key order", () => {
    expect(stableJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("records creates, updates and deletes, and nothing for a state that did not change", () => {
    const rows = changeRows([
      { kind: "ENTITY", id: "a", before: null, after: { id: "a", name: "A" } },
      { kind: "ENTITY", id: "b", before: { id: "b", name: "B" }, after: { name: "B", id: "b" } },
      {
        kind: "RELATIONSHIP",
        id: "r",
        before: { id: "r", props: { percentage: 10 } },
        after: { id: "r", props: { percentage: 20 } },
      },
      { kind: "EVENT", id: "e", before: { props: { id: "e" } }, after: null },
    ]);
    expect(rows.map((r) => [r.itemId, r.operation, r.fields])).toEqual([
      ["a", "CREATE", ["id", "name"]],
      ["r", "UPDATE", ["percentage"]],
      ["e", "DELETE", ["id"]],
    ]);
    expect(rows[0]!.before).toBeNull();
    expect(rows[2]!.after).toBeNull();
  });

  it("round-trips cursors and rejects what it did not give", () => {
    for (const seq of [0, 1, 42, 9007199254740991]) {
      expect(decodeChangeCursor(encodeChangeCursor(seq), "after")).toBe(seq);
    }
    for (const bad of [
      "",
      "abc",
      Buffer.from("change:-1").toString("base64url"),
      Buffer.from("change:01").toString("base64url"),
    ]) {
      expect(() => decodeChangeCursor(bad, "after")).toThrow(/after: /);
    }
  });

  it("takes knownAt as an ISO 8601 instant with a zone only", () => {
    expect(knownAtInstant("2026-11-30T01:02:03.123456789Z")).toBe("2026-11-30T01:02:03.123456789Z");
    expect(knownAtInstant("2026-11-30T01:02+09:00")).toBe("2026-11-30T01:02+09:00");
    for (const bad of ["2007-03-31", "2026-11-30T01:02:03", "yesterday"]) {
      expect(() => knownAtInstant(bad)).toThrow(/knownAt/);
    }
  });
});
