import { sourceText } from "../../src/domain/source-text";
import {
  sentenceEnds,
  splitSentences,
  type SentenceSpan,
} from "../../src/source/sentence-splitter.rules";

const texts = (units: SentenceSpan[]) => units.map((u) => u.text);

describe("splitSentences", () => {
  it("splits prose at full stops but not after titles, initials or inside numbers", () => {
    const text =
      "Mr. Koichi Suzuki is our president. The rate was ¥117.56 per U.S. \\$1.00, as certified. " +
      "We buy from Cisco Systems, Inc. A failure by one of them may delay us. We paid ¥ 1.4 billion.";
    expect(texts(splitSentences(text))).toEqual([
      "Mr. Koichi Suzuki is our president.",
      "The rate was ¥117.56 per U.S. \\$1.00, as certified.",
      "We buy from Cisco Systems, Inc.",
      "A failure by one of them may delay us.",
      "We paid ¥ 1.4 billion.",
    ]);
  });

  it("does not split after a company suffix followed by a parenthesis or lower case", () => {
    const text =
      'We invested in GDX Japan, K.K. ("GDX"). GDX was established with GDX Network, Inc. which is a company.';
    expect(texts(splitSentences(text))).toEqual([
      'We invested in GDX Japan, K.K. ("GDX").',
      "GDX was established with GDX Network, Inc. which is a company.",
    ]);
  });

  it("joins a sentence that a page break cut in two paragraphs, as two fragments", () => {
    const text =
      "We are not sure that we will be able to\n\nkeep or attract these human resources. Competition is intense.";
    const [first, second] = splitSentences(text);
    expect(first!.text).toBe(
      "We are not sure that we will be able to keep or attract these human resources.",
    );
    expect(first!.fragments).toEqual([
      { offset: 0, length: 39 },
      { offset: 41, length: 38 },
    ]);
    expect(first!.kind).toBe("SENTENCE");
    expect(second!.text).toBe("Competition is intense.");
  });

  it("joins a cut sentence whose second part starts with a capital (a name split by the page break)", () => {
    const text =
      "NCJ succeeded the business of Net Chart Japan\n\nCorporation for ¥75 million. In April 2007, we invested.";
    expect(texts(splitSentences(text))).toEqual([
      "NCJ succeeded the business of Net Chart Japan Corporation for ¥75 million.",
      "In April 2007, we invested.",
    ]);
  });

  it("keeps a page footnote that stands inside a cut sentence apart, as a footnote", () => {
    const text =
      "We incurred losses, with the exception of\n\nThe noon buying rate on July 3, 2007 was ¥122.40 per \\$1.00.\n\n" +
      "positive operating income for 2002. Next sentence.";
    const units = splitSentences(text);
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ["SENTENCE", "We incurred losses, with the exception of positive operating income for 2002."],
      ["FOOTNOTE", "The noon buying rate on July 3, 2007 was ¥122.40 per \\$1.00."],
      ["SENTENCE", "Next sentence."],
    ]);
    expect(units[0]!.fragments).toHaveLength(2);
    expect(units[0]!.length).toBe(text.indexOf("2002.") + 5);
  });

  it("gives one unit per bullet, without its marker, with indented continuation lines", () => {
    const text =
      "Our competitors have advantages, including:\n\n- · substantially greater financial resources,\n" +
      "- an increase in backbone costs, or\n a decline in profitability\n to serve our customers.\n- larger customer bases, and";
    const units = splitSentences(text);
    expect(units.map((u) => u.kind)).toEqual(["SENTENCE", "LIST_ITEM", "LIST_ITEM", "LIST_ITEM"]);
    expect(units[1]!.text).toBe("substantially greater financial resources,");
    expect(units[2]!.text).toBe(
      "an increase in backbone costs, or\n a decline in profitability\n to serve our customers.",
    );
    expect(units[3]!.text).toBe("larger customer bases, and");
  });

  it("gives one unit per table row, tabs between cells kept, empty trailing cells left out", () => {
    const text =
      "The table:\n\n\tHigh\tLow\n2003\t¥133.40\t¥115.71\nCalendar year 2007\t\t\n\n⁽¹⁾ For fiscal years, averages. For months, daily.";
    const units = splitSentences(text);
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ["SENTENCE", "The table:"],
      ["TABLE_ROW", "High\tLow"],
      ["TABLE_ROW", "2003\t¥133.40\t¥115.71"],
      ["TABLE_ROW", "Calendar year 2007"],
      ["FOOTNOTE", "For fiscal years, averages."],
      ["FOOTNOTE", "For months, daily."],
    ]);
  });

  it("ends the last sentence at the end of the text when the excerpt stops mid-sentence", () => {
    expect(
      texts(splitSentences("One. As a result of the amendment in April 2004 of the Law")),
    ).toEqual(["One.", "As a result of the amendment in April 2004 of the Law"]);
  });
});

describe("sentenceEnds", () => {
  it("ends a sentence after a closing quote or parenthesis", () => {
    const prose = 'KDDI Corporation ("KDDI"). Price competition is severe.';
    expect(sentenceEnds(prose)).toEqual([prose.indexOf(").") + 2]);
  });
});

describe("splitSentences on the excerpt", () => {
  const text = sourceText();
  const units = splitSentences(text);

  it("gives each fragment exactly the source text at its offset, in text order, without overlaps", () => {
    let previousEnd = 0;
    for (const u of units) {
      expect(u.text).toBe(
        u.fragments.map((f) => text.slice(f.offset, f.offset + f.length)).join(" "),
      );
      expect(u.offset).toBe(u.fragments[0]!.offset);
      expect(u.text).toBe(u.text.trim());
    }
    const fragments = units.flatMap((u) => u.fragments).sort((a, b) => a.offset - b.offset);
    for (const f of fragments) {
      expect(f.offset).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = f.offset + f.length;
    }
  });

  it("leaves out only whitespace, list markers and footnote markers", () => {
    const covered = new Uint8Array(text.length);
    for (const f of units.flatMap((u) => u.fragments))
      covered.fill(1, f.offset, f.offset + f.length);
    const left = [...text].filter((_, i) => !covered[i]).join("");
    expect(left.replace(/[\s\-·]|⁽¹⁾/g, "")).toBe("");
  });

  it("joins the page breaks of the excerpt and keeps the July 3 footnote apart", () => {
    const cut = units.filter((u) => u.fragments.length > 1).map((u) => u.text.slice(0, 40));
    expect(cut).toEqual([
      "Although we recorded operating income an",
      "We are not sure that we will be able to ",
      "In August 2006, we invested ¥110 million",
      "In addition, should we choose to sell al",
    ]);
    const footnote = units.find((u) => u.text.startsWith("The noon buying rate on July 3, 2007"));
    expect(footnote?.kind).toBe("FOOTNOTE");
  });

  it("gives the exchange-rate table one row per line (header, two block headers, 5 years and 7 months)", () => {
    expect(units.filter((u) => u.kind === "TABLE_ROW")).toHaveLength(15);
  });
});
