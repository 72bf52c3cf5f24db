import { seedDir } from "../../src/seed/prepare";
import { readSeed } from "../../src/seed/seed-files";
import { seedRows } from "../../src/seed/seed-rows";
import { documentRows } from "../../src/source/document-rows";

describe("documentRows", () => {
  const seed = readSeed(seedDir());
  const rows = documentRows(seed);

  it("gives every citation of a node a SUPPORTS from each sentence its quote overlaps", () => {
    const nodes = seedRows(seed);
    for (const node of [...nodes.entities, ...nodes.events, ...nodes.exchangeRates]) {
      const offsets = (node.props.citeOffset as number[]).filter((o) => o >= 0);
      const supported = new Set(
        rows.supports.filter((r) => r.end === "SELF" && r.target === node.id).map((r) => r.offset),
      );
      expect([...supported].sort()).toEqual([...new Set(offsets)].sort());
    }
  });

  it("gives a relationship's citation a SUPPORTS to each of its ends, naming it", () => {
    const owns = rows.supports.filter((r) => r.cites === "rel-ntt-owns-iij");
    expect(owns.length).toBeGreaterThan(0);
    expect(
      owns
        .filter((r) => r.end === "FROM")
        .every((r) => r.target === "ntt" && r.relationshipType === "OWNS"),
    ).toBe(true);
    expect(owns.filter((r) => r.end === "TO").every((r) => r.target === "iij")).toBe(true);
    expect(owns.filter((r) => r.end === "FROM")).toHaveLength(
      owns.filter((r) => r.end === "TO").length,
    );
  });

  it("links only sentences that exist, to sections that exist", () => {
    const sentences = new Set(rows.sentences.map((s) => s.id));
    const sections = new Set(rows.sections.map((s) => s.id));
    for (const r of rows.supports) expect(sentences.has(r.sentence)).toBe(true);
    for (const s of rows.sentences) expect(sections.has(s.sectionId as string)).toBe(true);
  });
});
