import { mulberry32 } from "../../src/synthetic/prng.rules";
import { generateGraph, planGraph } from "../../src/synthetic/synthetic-graph.rules";

describe("mulberry32", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("skews towards low indexes (a few hubs) and stays in range", () => {
    const r = mulberry32(1);
    const draws = Array.from({ length: 10000 }, () => r.skewed(1000));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1000);
    expect(draws.filter((d) => d < 100).length).toBeGreaterThan(
      draws.filter((d) => d >= 900).length * 5,
    );
  });
});

describe("generateGraph", () => {
  const graph = generateGraph({ relationships: 5000, seed: 7 });
  const rels = [...graph.relationships()];
  const involves = graph.events.reduce((n, e) => n + e.participants.length, 0);

  it("makes exactly the requested number of relationships, INVOLVES included", () => {
    expect(rels.length + involves).toBe(5000);
    const sum = Object.values(planGraph(5000).counts).reduce((a, b) => a + b, 0);
    expect(sum).toBe(5000);
  });

  it("is deterministic for a seed", () => {
    const again = generateGraph({ relationships: 5000, seed: 7 });
    expect(again.entities).toEqual(graph.entities);
    expect([...again.relationships()].slice(0, 200)).toEqual(rels.slice(0, 200));
    expect(generateGraph({ relationships: 5000, seed: 8 }).entities).not.toEqual(graph.entities);
  });

  it("uses unique slug ids and links only existing entities, never to themselves", () => {
    const ids = new Set(graph.entities.map((e) => e.id));
    expect(ids.size).toBe(graph.entities.length);
    expect(new Set(rels.map((r) => r.id)).size).toBe(rels.length);
    for (const r of rels) {
      expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
      expect(r.from).not.toBe(r.to);
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    for (const e of graph.events)
      for (const p of e.participants) expect(ids.has(p.entity)).toBe(true);
  });

  it("cites every node, relationship and event with section, quote and offset", () => {
    for (const item of [...graph.entities, ...graph.events, ...rels]) {
      const p = item.props;
      expect((p.citeSection as string[]).length).toBe(1);
      expect((p.citeQuote as string[])[0]?.length).toBeGreaterThan(10);
      expect(typeof (p.citeOffset as number[])[0]).toBe("number");
    }
  });

  it("builds ownership chains several levels deep with stakes matching consolidation", () => {
    const owners = new Map<string, string>();
    for (const r of rels.filter((x) => x.type === "OWNS")) {
      const pct = r.props.percentage as number;
      expect(r.props.consolidation).toBe(
        pct > 50 ? "CONSOLIDATED" : pct >= 20 ? "EQUITY_METHOD" : "NONE",
      );
      if (pct > 50) owners.set(r.to, r.from);
    }
    const depthOf = (id: string): number => (owners.has(id) ? 1 + depthOf(owners.get(id)!) : 0);
    const deepest = Math.max(...[...owners.keys()].map(depthOf));
    expect(deepest).toBeGreaterThanOrEqual(4);
  });

  it("names each competing pair once, within one segment mostly", () => {
    const pairs = rels
      .filter((r) => r.type === "COMPETES_WITH")
      .map((r) => [r.from, r.to].sort().join("|"));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("gives supply edges a cost share and a few suppliers many customers", () => {
    const supplies = rels.filter((r) => r.type === "SUPPLIES");
    expect(supplies.every((r) => typeof r.props.costShare === "number")).toBe(true);
    const degree = new Map<string, number>();
    for (const r of supplies) degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    expect(Math.max(...degree.values())).toBeGreaterThan((supplies.length / degree.size) * 10);
  });

  it("refuses sizes below 100 relationships", () => {
    expect(() => planGraph(10)).toThrow(RangeError);
  });
});
