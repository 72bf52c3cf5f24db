import {
  distinctById,
  edgeLabel,
  effectivePercentage,
  publicProperties,
  toGraphNode,
} from "../../src/domain/graph.rules";

describe("effectivePercentage", () => {
  it("multiplies the stakes along the path", () => {
    expect(effectivePercentage([29.7])).toBe(29.7);
    expect(effectivePercentage([29.7, 51])).toBe(15.147);
    expect(effectivePercentage([100, 100, 40])).toBe(40);
  });
  it("is null when any stake is unknown, never 0 or 100", () => {
    expect(effectivePercentage([29.7, null])).toBeNull();
    expect(effectivePercentage([null])).toBeNull();
    expect(effectivePercentage([])).toBeNull();
  });
});

describe("edgeLabel", () => {
  it("shows the key figure of each relationship type", () => {
    expect(edgeLabel("OWNS", { percentage: 29.7 })).toBe("OWNS 29.7%");
    expect(edgeLabel("OWNS", {})).toBe("OWNS");
    expect(edgeLabel("SUPPLIES", { costShare: 66.2, what: "domestic backbone" })).toBe(
      "SUPPLIES 66.2% of domestic backbone",
    );
    expect(edgeLabel("SUPPLIES", { what: "data center space" })).toBe("SUPPLIES data center space");
    expect(edgeLabel("COMPETES_WITH", { segments: ["SYSTEMS_INTEGRATION"] })).toBe(
      "COMPETES_WITH (SYSTEMS_INTEGRATION)",
    );
    expect(edgeLabel("INVOLVES", { role: "ACQUIRER" })).toBe("INVOLVES (ACQUIRER)");
  });
});

describe("toGraphNode", () => {
  it("captions with the name, decodes citations and hides storage-only properties", () => {
    const node = toGraphNode({
      id: "iij",
      name: "Internet Initiative Japan Inc.",
      kind: "Company",
      aliasText: " IIJ",
      citeSection: ["Item 3.D. Risk Factors"],
      citeQuote: ["IIJ"],
      citeOffset: [10],
    });
    expect(node).toEqual({
      id: "iij",
      label: "Internet Initiative Japan Inc.",
      kind: "Company",
      isEvent: false,
      properties: {
        id: "iij",
        name: "Internet Initiative Japan Inc.",
        kind: "Company",
        citations: [
          {
            section: "Item 3.D. Risk Factors",
            quote: "IIJ",
            offset: 10,
            link: "/source#offset-10",
          },
        ],
      },
    });
    expect(toGraphNode({ id: "ev-1", name: "x", kind: "Merger" }).isEvent).toBe(true);
  });
  it("publicProperties can leave citations out", () => {
    expect(publicProperties({ a: 1, citeQuote: ["q"] }, false)).toEqual({ a: 1 });
  });
});

describe("distinctById", () => {
  it("keeps the first of each id", () => {
    expect(
      distinctById([
        { id: "a", n: 1 },
        { id: "b", n: 2 },
        { id: "a", n: 3 },
      ]),
    ).toEqual([
      { id: "a", n: 1 },
      { id: "b", n: 2 },
    ]);
  });
});
