import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { seedDir } from "../../src/seed/prepare";
import { readSeed, SeedError, type Seed } from "../../src/seed/seed-files";
import { crossCheck, ownershipTotals, quoteAt, type SeedProblem } from "../../src/seed/seed.rules";

type Item = Record<string, any>;

/** A private copy of seed/ in a temporary folder, to break one thing in. */
function copySeed(): string {
  const dir = mkdtempSync(join(tmpdir(), "iij-seed-rules-"));
  cpSync(seedDir(), dir, { recursive: true });
  return dir;
}

/** Rewrites one list file of the copy; lineWidth 0 keeps long quotes on one line, byte for byte. */
function editList(dir: string, file: string, edit: (items: Item[]) => void): void {
  const path = join(dir, file);
  const items = parse(readFileSync(path, "utf8")) as Item[];
  edit(items);
  writeFileSync(path, stringify(items, { lineWidth: 0 }));
}

function byId(items: Item[], id: string): Item {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`fixture: no item ${id}`);
  return item;
}

/** The problems readSeed reports for the copy; fails when it does not throw a SeedError. */
function problemsOf(dir: string): SeedProblem[] {
  try {
    readSeed(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    return (error as SeedError).problems;
  }
  throw new Error("readSeed accepted a broken seed");
}

function expectProblem(
  dir: string,
  where: { file: string; item: string; field: string },
  message?: RegExp,
) {
  const problems = problemsOf(dir);
  expect(problems).toContainEqual(expect.objectContaining(where));
  if (message) {
    const found = problems.find(
      (p) => p.file === where.file && p.item === where.item && p.field === where.field,
    );
    expect(found?.message).toMatch(message);
  }
  return problems;
}

describe("readSeed", () => {
  let dir: string;
  beforeEach(() => {
    dir = copySeed();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("accepts the real seed/ folder", () => {
    const seed = readSeed(seedDir());
    expect(seed.entities.length).toBeGreaterThanOrEqual(30);
    expect(seed.riskFactors).toHaveLength(17);
    expect(seed.events.length).toBeGreaterThanOrEqual(20);
  });

  it("accepts an unchanged copy rewritten by the fixture helper", () => {
    editList(dir, "relationships.yaml", () => undefined);
    editList(dir, "entities.yaml", () => undefined);
    expect(() => readSeed(dir)).not.toThrow();
  });

  it("names a duplicate id with its file and item", () => {
    editList(dir, "entities.yaml", (items) => items.push({ ...byId(items, "kddi") }));
    const problems = expectProblem(
      dir,
      { file: "entities.yaml", item: "kddi", field: "id" },
      /duplicate id/,
    );
    expect(problems).toHaveLength(1);
  });

  it("names a duplicate id across files with the later file", () => {
    editList(dir, "figures.yaml", (items) => {
      byId(items, "fig-net-loss-fy2003").id = "kddi";
    });
    expectProblem(
      dir,
      { file: "figures.yaml", item: "kddi", field: "id" },
      /also in entities\.yaml/,
    );
  });

  it("names an unknown relationship endpoint", () => {
    editList(dir, "relationships.yaml", (items) => {
      byId(items, "rel-kddi-competes-with-iij").from = "no-such-company";
    });
    const problems = expectProblem(
      dir,
      { file: "relationships.yaml", item: "rel-kddi-competes-with-iij", field: "from" },
      /unknown entity "no-such-company"/,
    );
    expect(problems).toHaveLength(1);
  });

  it("names an unknown event participant and risk-factor target", () => {
    editList(dir, "events.yaml", (items) => {
      byId(items, "ev-2007-04-gdx-investment").participants[1].entity = "no-such-company";
    });
    editList(dir, "risk-factors.yaml", (items) => {
      byId(items, "risk-ntt-influence").concerns = ["ntt", "no-such-company"];
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "events.yaml",
        item: "ev-2007-04-gdx-investment",
        field: "participants.1.entity",
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "risk-factors.yaml",
        item: "risk-ntt-influence",
        field: "concerns.1",
      }),
    );
  });

  it("names self-ownership", () => {
    editList(dir, "relationships.yaml", (items) => {
      byId(items, "rel-iij-owns-tcc").to = "iij";
    });
    expectProblem(
      dir,
      { file: "relationships.yaml", item: "rel-iij-owns-tcc", field: "to" },
      /cannot relate to itself/,
    );
  });

  it("names a percentage of 101", () => {
    editList(dir, "relationships.yaml", (items) => {
      byId(items, "rel-iij-owns-tcc").properties.percentage = 101;
    });
    const problems = expectProblem(dir, {
      file: "relationships.yaml",
      item: "rel-iij-owns-tcc",
      field: "properties.percentage",
    });
    expect(problems).toHaveLength(1);
  });

  it("names a malformed date (2007-13)", () => {
    editList(dir, "relationships.yaml", (items) => {
      byId(items, "rel-ntt-owns-iij").properties.asOf = "2007-13";
    });
    expectProblem(
      dir,
      { file: "relationships.yaml", item: "rel-ntt-owns-iij", field: "properties.asOf" },
      /YYYY, YYYY-MM or YYYY-MM-DD/,
    );
  });

  it("names a malformed event date", () => {
    editList(dir, "events.yaml", (items) => {
      byId(items, "ev-2007-04-gdx-investment").date = "2007-13";
    });
    expectProblem(dir, { file: "events.yaml", item: "ev-2007-04-gdx-investment", field: "date" });
  });

  it("names a quote that is not at its offset", () => {
    editList(dir, "relationships.yaml", (items) => {
      byId(items, "rel-ntt-owns-iij").citations[1].offset += 1;
    });
    const problems = expectProblem(
      dir,
      { file: "relationships.yaml", item: "rel-ntt-owns-iij", field: "citations.1" },
      /quote not found at offset/,
    );
    expect(problems).toHaveLength(1);
  });

  it("names a quote that is not verbatim", () => {
    editList(dir, "figures.yaml", (items) => {
      const c = byId(items, "fig-accumulated-deficit-2007-03-31").citations[0];
      c.quote = c.quote.replace("24.3", "24.4");
    });
    expectProblem(dir, {
      file: "figures.yaml",
      item: "fig-accumulated-deficit-2007-03-31",
      field: "citations.0",
    });
  });

  it("names a missing citation (empty list)", () => {
    editList(dir, "entities.yaml", (items) => {
      byId(items, "kddi").citations = [];
    });
    expectProblem(
      dir,
      { file: "entities.yaml", item: "kddi", field: "citations" },
      /at least one citation/,
    );
  });

  it("names a missing citation (no key)", () => {
    editList(dir, "events.yaml", (items) => {
      delete byId(items, "ev-2007-07-tcc-investment").citations;
    });
    expectProblem(dir, {
      file: "events.yaml",
      item: "ev-2007-07-tcc-investment",
      field: "citations",
    });
  });

  it("names a company owned more than 100% in total at one date", () => {
    editList(dir, "relationships.yaml", (items) => {
      const ntt = byId(items, "rel-ntt-owns-iij");
      items.push({
        ...ntt,
        id: "rel-kddi-owns-iij",
        from: "kddi",
        properties: { percentage: 80, asOf: "2007-03-31" },
      });
    });
    const problems = expectProblem(
      dir,
      { file: "relationships.yaml", item: "iij@2007-03-31", field: "properties.percentage" },
      /109\.7% in total/,
    );
    expect(problems).toHaveLength(1);
  });

  it("lists every problem of every file at once", () => {
    editList(dir, "entities.yaml", (items) => {
      byId(items, "kddi").citations = [];
    });
    editList(dir, "events.yaml", (items) => {
      byId(items, "ev-2007-04-gdx-investment").date = "2007-13";
    });
    const files = problemsOf(dir).map((p) => p.file);
    expect(new Set(files)).toEqual(new Set(["entities.yaml", "events.yaml"]));
  });

  it("names a missing file", () => {
    rmSync(join(dir, "figures.yaml"));
    expectProblem(dir, { file: "figures.yaml", item: "(file)", field: "(file)" }, /missing/);
  });
});

describe("crossCheck", () => {
  const seed = readSeed(seedDir());

  it("finds no problem in the real seed", () => {
    expect(crossCheck(seed)).toEqual([]);
  });

  it("names a duplicate exchange-rate id", () => {
    const rates = seed.exchangeRates;
    const [spot] = rates.spotRates;
    if (!spot) throw new Error("the seed has no spot rate");
    const broken: Seed = {
      ...seed,
      exchangeRates: { ...rates, spotRates: [...rates.spotRates, { ...spot, id: "rate-fy2003" }] },
    };
    expect(crossCheck(broken)).toEqual([
      expect.objectContaining({ file: "exchange-rates.yaml", item: "rate-fy2003", field: "id" }),
    ]);
  });
});

describe("quoteAt", () => {
  const seed = readSeed(seedDir());
  const all = [
    ...seed.entities,
    ...seed.relationships,
    ...seed.events,
    ...seed.riskFactors,
    ...seed.figures,
    seed.exchangeRates.convenienceRate,
    ...seed.exchangeRates.spotRates,
    ...seed.exchangeRates.periods,
  ].flatMap((item) => item.citations);

  it("holds for every citation of the real seed", () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((c) => !quoteAt(seed.source, c))).toEqual([]);
  });

  it("fails one character off", () => {
    const c = all.find((x) => x.quote.includes("29.7%"))!;
    expect(quoteAt(seed.source, { ...c, offset: c.offset + 1 })).toBe(false);
    expect(quoteAt(seed.source, { ...c, offset: c.offset - 1 })).toBe(false);
  });

  it("fails past the end of the source", () => {
    expect(quoteAt("abc", { section: "s", quote: "c", offset: 3 })).toBe(false);
    expect(quoteAt("abc", { section: "s", quote: "bc", offset: 1 })).toBe(true);
  });
});

describe("ownershipTotals", () => {
  const seed = readSeed(seedDir());
  const owns = (
    id: string,
    from: string,
    to: string,
    percentage: number | null,
    asOf?: string,
  ) => ({
    id,
    type: "OWNS" as const,
    from,
    to,
    properties: { percentage, ...(asOf ? { asOf } : {}) },
    citations: [],
  });

  it("finds no company owned more than 100% in the real seed", () => {
    expect(ownershipTotals(seed)).toEqual([]);
  });

  it("adds stakes at the same date and ignores null percentages", () => {
    const relationships = [
      owns("rel-a", "ntt", "iij", 60, "2007-03-31"),
      owns("rel-b", "kddi", "iij", 40, "2007-03-31"),
      owns("rel-c", "nec", "iij", null, "2007-03-31"),
    ];
    expect(ownershipTotals({ ...seed, relationships })).toEqual([]);
    relationships.push(owns("rel-d", "fujitsu", "iij", 0.5, "2007-03-31"));
    expect(ownershipTotals({ ...seed, relationships })).toEqual([
      expect.objectContaining({
        file: "relationships.yaml",
        item: "iij@2007-03-31",
        field: "properties.percentage",
      }),
    ]);
  });

  it("does not add stakes at different dates", () => {
    const relationships = [
      owns("rel-a", "pns", "hi-ho", 100, "2007-05"),
      owns("rel-b", "iij", "hi-ho", 100, "2007-06"),
    ];
    expect(ownershipTotals({ ...seed, relationships })).toEqual([]);
  });
});
