import { citedSources } from "../../src/web/cited-sources.rules";

describe("citedSources", () => {
  it("finds every citation and sentence of the source in a result, once each, in source order", () => {
    const result = {
      data: {
        entity: {
          citations: [
            { section: "Item 4.B", quote: "IIJ was founded", offset: 120 },
            { section: "Item 7.A", quote: "NTT owns", offset: 40 },
            { section: "web", quote: "From elsewhere", offset: -1 },
          ],
          owners: [
            { owner: { citations: [{ section: "Item 7.A", quote: "NTT owns", offset: 40 }] } },
          ],
        },
        sentences: { edges: [{ node: { offset: 7, text: "A sentence." } }] },
        stats: { offset: 3 },
      },
    };
    expect(citedSources(result)).toEqual([
      { offset: 7, section: null, text: "A sentence.", href: "/source#offset-7" },
      { offset: 40, section: "Item 7.A", text: "NTT owns", href: "/source#offset-40" },
      { offset: 120, section: "Item 4.B", text: "IIJ was founded", href: "/source#offset-120" },
    ]);
  });

  it("finds none in errors or plain values, and keeps to the limit", () => {
    expect(citedSources({ errors: [{ message: "x" }], data: null })).toEqual([]);
    expect(citedSources("text")).toEqual([]);
    const many = Array.from({ length: 10 }, (_, i) => ({ quote: `q${i}`, offset: 10 - i }));
    expect(citedSources(many, 3).map((c) => c.offset)).toEqual([1, 2, 3]);
  });
});
