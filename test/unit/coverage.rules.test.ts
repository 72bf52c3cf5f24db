import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { seedDir } from "../../src/seed/prepare";
import { readSeed } from "../../src/seed/seed-files";
import { factualReasons } from "../../src/source/coverage.rules";
import { documentRows } from "../../src/source/document-rows";
import { sourceDocument } from "../../src/source/source-document";

interface Uncited {
  offset: number;
  opening: string;
  reason: string;
}

describe("factualReasons", () => {
  it("finds a party by a name as a whole word, a percentage, a yen amount and a date", () => {
    const names = ["NTT", "NTT Communications", "KDDI"];
    expect(
      factualReasons({ text: "NTT and its affiliates own 29.7% as of March 31, 2007." }, names),
    ).toEqual(["party", "percentage", "date"]);
    expect(factualReasons({ text: "We invested ¥750 million." }, names)).toEqual(["yen amount"]);
    expect(factualReasons({ text: "We wrote off \\$\\frac{4}{2}\\$1 billion." }, names)).toEqual([
      "yen amount",
    ]);
    expect(factualReasons({ text: "NTTX and KDDI-like carriers compete." }, names)).toEqual([]);
    expect(
      factualReasons({ text: "For the fiscal year ended March 2004, a loss." }, names),
    ).toEqual(["date"]);
  });
});

/**
 * The coverage test: every sentence that names a party of the graph, or holds a percentage, a yen amount or a
 * date, is cited by at least one fact, or listed in seed/uncited.yaml with a reason.
 */
describe("coverage of the source by the seed", () => {
  const seed = readSeed(seedDir());
  const doc = sourceDocument();
  const cited = new Set(documentRows(seed).supports.map((r) => r.sentence));
  const names = seed.entities
    .flatMap((e) => [e.name, e.shortName ?? "", ...e.aliases])
    .filter(Boolean);
  const listed = parse(readFileSync(join(seedDir(), "uncited.yaml"), "utf8")) as Uncited[];
  const byOffset = new Map(doc.sentences.map((s) => [s.offset, s]));

  it("cites every factual sentence, or lists it in seed/uncited.yaml", () => {
    const listedOffsets = new Set(listed.map((u) => u.offset));
    const missing = doc.sentences
      .filter((s) => !cited.has(s.id) && !listedOffsets.has(s.offset))
      .map((s) => ({
        offset: s.offset,
        reasons: factualReasons(s, names),
        text: s.text.slice(0, 80),
      }))
      .filter((s) => s.reasons.length > 0);
    expect(missing).toEqual([]);
  });

  it("lists in seed/uncited.yaml only sentences that stand at their offset, are factual, have a reason and are not cited", () => {
    for (const u of listed) {
      const sentence = byOffset.get(u.offset);
      expect({ offset: u.offset, opens: sentence?.text.startsWith(u.opening) }).toEqual({
        offset: u.offset,
        opens: true,
      });
      expect(factualReasons(sentence!, names).length).toBeGreaterThan(0);
      expect(u.reason.length).toBeGreaterThan(20);
      expect({ offset: u.offset, cited: cited.has(sentence!.id) }).toEqual({
        offset: u.offset,
        cited: false,
      });
    }
  });
});
