import { runBench, type BenchResult, type SizeResult } from "../../bench/bench";

/**
 * The benchmark's smoke run (tiny graph, 0.5 s per SUT and class, everything in this process): keeps the
 * bench working in CI without timing anything. It starts and stops its own Neo4j, not the tests' one.
 */
describe("bench smoke run", () => {
  let result: BenchResult;
  let size: SizeResult;

  beforeAll(async () => {
    result = await runBench({
      sizes: [300],
      durationS: 0.5,
      // A warm-up pass first: on a busy machine a statement's first planning can outlast the half second.
      warmupS: 0.5,
      reps: 1,
      connections: [2],
      seed: 42,
      heap: "512m",
      pageCache: "128m",
      inProcess: true,
      openLoopS: 1,
      suts: ["L0", "L1", "O", "N"],
      classes: [],
      progress: () => undefined,
    });
    const [only] = result.sizes;
    if (!only) throw new Error("the smoke run measured no graph size");
    size = only;
  }, 180000);

  it("passes the correctness gate: O, L0, L1 and N return the same normalised data for every class", () => {
    expect(size.gate.flatMap((g) => g.mismatches)).toEqual([]);
    expect(size.gate.map((g) => g.classId)).toEqual([
      "Q1",
      "Q2",
      "Q3",
      "Q4",
      "Q5",
      "Q6",
      "Q7",
      "Q8",
      "Q9",
      "Q10",
      "Q11",
      "Q12",
      "Q13",
      "Q14",
    ]);
  });

  it("has every SUT answer every class it can express, without errors", () => {
    for (const c of size.classes) {
      const suts = size.runs
        .filter((r) => r.classId === c.id)
        .map((r) => r.sut)
        .sort();
      const expected = [
        ...(c.id === "Q10" ? [] : ["L0"]),
        "L1",
        ...(c.n === "yes" ? ["N"] : []),
        "O",
      ].sort();
      expect({ class: c.id, suts }).toEqual({ class: c.id, suts: expected });
    }
    for (const r of size.runs)
      expect({ run: `${r.sut} ${r.classId}`, errors: r.errors, ok: r.requests > 0 }).toEqual({
        run: `${r.sut} ${r.classId}`,
        errors: 0,
        ok: true,
      });
    expect(result.passed).toBe(true);
  });

  it("runs O and N at the same fixed rate for T6; the only errors are our admission control's coded 503s", () => {
    // In the test process both servers share one event loop, so a rate N sustains can overload ours.
    const rows = size.openLoop;
    expect(rows.map((r) => `${r.classId} ${r.sut}`).sort()).toEqual([
      "Q1 N",
      "Q1 O",
      "Q10 N",
      "Q10 O",
      "Q11 N",
      "Q11 O",
      "Q12 N",
      "Q12 O",
      "Q6 N",
      "Q6 O",
    ]);
    for (const r of rows) {
      const other = Object.keys(r.errorKinds).filter(
        (k) => !(r.sut === "O" && k === "503:SERVICE_UNAVAILABLE"),
      );
      expect({ run: `${r.sut} ${r.classId}`, other, answered: r.requests > r.errors }).toEqual({
        run: `${r.sut} ${r.classId}`,
        other: [],
        answered: true,
      });
    }
  });

  it("counts one statement per request for the single-statement classes of L0/L1 and records dbHits", () => {
    expect(size.gate.find((g) => g.classId === "Q1")?.statements.L0).toBe(1);
    expect(size.dbHits.Q1?.ours).toBeGreaterThan(0);
    expect(size.dbHits.Q1?.n).toBeGreaterThan(0);
  });
});
