import { sourceText } from "../../src/domain/source-text";
import { seedDir } from "../../src/seed/prepare";
import { readSeed } from "../../src/seed/seed-files";
import {
  buildDocument,
  innermostSection,
  OutlineError,
  sentenceAt,
  sentencesOverlapping,
} from "../../src/source/document.rules";
import { readOutline, sourceDocument } from "../../src/source/source-document";
import { textPositionSelector, textQuoteSelector } from "../../src/source/selector.rules";

describe("buildDocument", () => {
  const doc = sourceDocument();

  it("finds every section of the outline, in order, items spanning their risk factors", () => {
    expect(doc.sections.map((s) => s.id).slice(0, 5)).toEqual([
      "item-3a",
      "item-3b",
      "item-3c",
      "item-3d",
      "item-3d-revenues-and-profits",
    ]);
    expect(doc.sections).toHaveLength(21);
    const item3d = doc.sections.find((s) => s.id === "item-3d")!;
    expect(item3d.offset + item3d.length).toBe(doc.length);
    for (const s of doc.sections.filter((x) => x.parentId === "item-3d")) {
      expect(s.offset).toBeGreaterThan(item3d.offset);
      expect(s.offset + s.length).toBeLessThanOrEqual(doc.length);
    }
    const level1 = doc.sections.filter((s) => s.level === 1);
    expect(level1.reduce((n, s) => n + s.length, 0)).toBe(doc.length);
  });

  it("marks each section's heading and puts every sentence in its innermost section", () => {
    const headings = doc.sentences.filter((s) => s.kind === "HEADING");
    expect(headings).toHaveLength(20);
    expect(headings[0]!.text).toBe("B. Capitalization and Indebtedness.");
    for (const s of doc.sentences)
      expect(s.sectionId).toBe(innermostSection(doc.sections, s.offset)!.id);
    const competition = doc.sentences.find((s) =>
      s.text.startsWith("Price competition for Internet"),
    );
    expect(competition?.sectionId).toBe("item-3d-competition");
  });

  it("places every seed citation in the section its `section` names", () => {
    const seed = readSeed(seedDir());
    const titles = new Map(doc.sections.map((s) => [s.id, s.title]));
    const citations = [
      ...seed.entities,
      ...seed.relationships,
      ...seed.events,
      ...seed.riskFactors,
      ...seed.figures,
    ].flatMap((item) => item.citations.map((c) => ({ item: item.id, ...c })));
    const wrong = citations
      .filter((c) => c.offset >= 0)
      .filter((c) => titles.get(innermostSection(doc.sections, c.offset)!.id) !== c.section)
      .map((c) => `${c.item} @${c.offset}: ${c.section}`);
    expect(wrong).toEqual([]);
  });

  it("fails when a heading of the outline is not in the text", () => {
    const outline = readOutline();
    const broken = {
      ...outline,
      sections: [...outline.sections, { id: "x", title: "X", heading: "No such heading" }],
    };
    expect(() => buildDocument(sourceText(), broken)).toThrow(OutlineError);
  });
});

describe("sentenceAt and sentencesOverlapping", () => {
  const doc = sourceDocument();

  it("finds the sentence holding an offset, and for a cut sentence the footnote between its fragments apart", () => {
    const text = doc.text;
    const inFootnote = text.indexOf("The noon buying rate on July 3");
    expect(sentenceAt(doc, inFootnote)?.kind).toBe("FOOTNOTE");
    const afterBreak = text.indexOf("positive operating income");
    expect(sentenceAt(doc, afterBreak)?.text.startsWith("Although we recorded")).toBe(true);
    expect(sentenceAt(doc, text.indexOf("\n\nB. Capitalization"))).toBeUndefined();
  });

  it("lists every sentence a span overlaps", () => {
    const start = doc.text.indexOf("Price competition for Internet");
    const found = sentencesOverlapping(doc, start, 100).map((s) => s.text.slice(0, 20));
    expect(found).toEqual(["Price competition fo", "For value-added serv"]);
  });
});

describe("selectors", () => {
  it("gives the exact text with up to 32 characters either side, and start/end positions", () => {
    const text = "0123456789".repeat(10);
    expect(textQuoteSelector(text, 40, 5)).toEqual({
      exact: "01234",
      prefix: text.slice(8, 40),
      suffix: text.slice(45, 77),
    });
    expect(textQuoteSelector(text, 2, 3)).toEqual({
      exact: "234",
      prefix: "01",
      suffix: text.slice(5, 37),
    });
    expect(textPositionSelector(40, 5)).toEqual({ start: 40, end: 45 });
  });
});
