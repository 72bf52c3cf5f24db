import type { BenchResult, RunRow, SizeResult } from "./bench";
import type { SutId } from "./suts";

const SUTS: SutId[] = ["L0", "L1", "O", "N"];
const COLORS: Record<SutId, string> = { L0: "#9e9e9e", L1: "#4e79a7", O: "#e15759", N: "#59a14f" };
const fmt = (x: number | undefined, digits = 1) =>
  x === undefined || Number.isNaN(x) ? "-" : x.toFixed(digits);
const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}x` : "-");

function find(size: SizeResult, sut: SutId, classId: string, c: number): RunRow | undefined {
  return size.runs.find((r) => r.sut === sut && r.classId === classId && r.connections === c);
}

/** The Markdown report: per size a table per SUT x class, then the ratios O/L1 and O/N. */
export function markdown(r: BenchResult): string {
  const out: string[] = [];
  const m = r.machine as {
    uname: string;
    cores: number;
    cpu: string;
    memoryGb: number;
    loadAverageAtEnd: number[];
  };
  out.push(`# Benchmark results (${r.startedAt})`, "");
  out.push(
    `Machine: \`${m.uname}\`, ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB. Neo4j ${r.neo4j.version} Community, heap ${r.neo4j.heap}, page cache ${r.neo4j.pageCache}. ` +
      `Node ${r.versions.node}, neo4j-driver ${r.versions["neo4j-driver"]}, @apollo/server ${r.versions["@apollo/server"]}, ` +
      `type-graphql ${r.versions["type-graphql"]}, @neo4j/graphql ${r.versions["@neo4j/graphql"]}, autocannon ${r.versions.autocannon}.`,
    "",
    `Closed loop (autocannon, ${r.options.connections.join("/")} connections), ${r.options.reps} interleaved repetitions of ${r.options.durationS} s after ${r.options.warmupS} s warm-up per SUT and class; ` +
      `medians across repetitions, req/s with min-max. **The machine is shared (2 cores, other test runs in parallel; load average at the end ${m.loadAverageAtEnd.join(" / ")}): figures are noisy, compare ratios within one run only.** ` +
      `${r.options.placement ? `Pinned with taskset: Neo4j and the load generator (with L0) on core ${r.options.placement.database}, the SUT process on core ${r.options.placement.sut}.` : "No CPU pinning."} Errors count non-200 answers and 200s carrying \`errors\`. CPU ms/req from /proc/<pid>/stat deltas (SUT process; L0 = the bench process itself). ` +
      `dbHits: PROFILE of the exact statements for the first parameter set, summed over the plan. Statements/req: O from \`x-cypher-statements\`, N from a wrapped driver.`,
    "",
  );
  for (const [k, v] of Object.entries(r.notRun)) out.push(`- ${k} not run: ${v}`);
  for (const size of r.sizes) {
    out.push("", `## ${size.relationships.toLocaleString("en-US")} relationships`, "");
    out.push(
      `Graph: ${size.load.nodes.toLocaleString("en-US")} nodes, ${size.load.relationships.toLocaleString("en-US")} relationships, loaded in ${size.load.seconds.toFixed(1)} s ` +
        `(${size.load.relationshipsPerSecond.toLocaleString("en-US")} rel/s). Load average ${size.loadAverage.before.join("/")} before, ${size.loadAverage.after.join("/")} after. ` +
        `Peak RSS MB: ${
          Object.entries(size.peakRssMb)
            .map(([k, v]) => `${k} ${v ?? "-"}`)
            .join(", ") || "-"
        }.`,
      "",
    );
    const mism = size.gate.filter((g) => g.mismatches.length);
    out.push(
      mism.length
        ? `**Correctness gate: ${mism.length} class(es) with mismatches**: ` +
            mism.map((g) => `${g.classId} (${g.mismatches[0]!.slice(0, 200)})`).join("; ")
        : `Correctness gate: passed (O, L0, L1 and N where it runs returned the same normalised data for every class).`,
      "",
    );
    out.push(
      "| class | SUT | c | req/s (min-max) | p50 ms | p90 ms | p99 ms | errors | SUT CPU ms/req | Neo4j CPU ms/req | stmts/req | dbHits/req | bytes/resp |",
    );
    out.push("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (const c of size.classes) {
      const g = size.gate.find((x) => x.classId === c.id);
      for (const conn of r.options.connections) {
        for (const sut of SUTS) {
          const row = find(size, sut, c.id, conn);
          if (!row) {
            if (sut === "N" && c.n !== "yes")
              out.push(`| ${c.id} ${c.title} | N | ${conn} | ${c.n} | | | | | | | | | |`);
            continue;
          }
          const stmts = sut === "L0" || sut === "L1" ? g?.statements.L0 : g?.statements[sut];
          const hits = sut === "N" ? size.dbHits[c.id]?.n : size.dbHits[c.id]?.ours;
          out.push(
            `| ${c.id} ${c.title} | ${sut} | ${conn} | ${fmt(row.rps, 0)} (${fmt(row.rpsMin, 0)}-${fmt(row.rpsMax, 0)}) | ${fmt(row.p50)} | ${fmt(row.p90)} | ${fmt(row.p99)} | ${row.errors} | ` +
              `${fmt(row.sutCpuMsPerReq, 2)} | ${fmt(row.neo4jCpuMsPerReq, 2)} | ${stmts ?? "unknown"} | ${hits ?? "-"} | ${row.bytesPerResponse} |`,
          );
        }
      }
    }
    out.push(
      "",
      "Ratios (req/s; > 1 means O is faster; p50 difference O - L1 in ms; SUT CPU ms per request O/N, < 1 means O spends less):",
      "",
    );
    out.push(
      "| class | c | O/L1 | O/N | N/L1 | p50(O) - p50(L1) | CPU O/N |",
      "|---|---|---|---|---|---|---|",
    );
    for (const c of size.classes) {
      for (const conn of r.options.connections) {
        const o = find(size, "O", c.id, conn);
        const l1 = find(size, "L1", c.id, conn);
        const n = find(size, "N", c.id, conn);
        out.push(
          `| ${c.id} ${c.title} | ${conn} | ${ratio(o?.rps, l1?.rps)} | ${ratio(o?.rps, n?.rps)} | ${ratio(n?.rps, l1?.rps)} | ${o && l1 ? fmt(o.p50 - l1.p50) : "-"} | ${ratio(o?.sutCpuMsPerReq, n?.sutCpuMsPerReq)} |`,
        );
      }
    }
    if (size.openLoop?.length) {
      out.push(
        "",
        "T6, open loop (fixed arrival rate, latency from each request's scheduled time): O and N offered the same rate, 80% of N's best closed-loop req/s; medians of the runs:",
        "",
      );
      out.push(
        "| class | rate req/s | SUT | achieved req/s | p50 ms | p99 ms | errors | p50 O/N | p99 O/N |",
        "|---|---|---|---|---|---|---|---|---|",
      );
      for (const row of size.openLoop) {
        const n = size.openLoop.find((x) => x.classId === row.classId && x.sut === "N");
        const rel = (a: number, b?: number) =>
          row.sut === "O" && b ? `${(a / b).toFixed(2)}x` : "";
        out.push(
          `| ${row.classId} | ${row.rate} | ${row.sut} | ${row.achievedRate} | ${fmt(row.p50)} | ${fmt(row.p99)} | ${row.errors} | ${rel(row.p50, n?.p50)} | ${rel(row.p99, n?.p99)} |`,
        );
      }
    }
  }
  return `${out.join("\n")}\n`;
}

/** Grouped bars: req/s per class and SUT, one panel per graph size (first connection count). */
export function svg(r: BenchResult): string {
  const conn = r.options.connections[0];
  const panelH = 260;
  const width = 960;
  const left = 60;
  const parts: string[] = [];
  r.sizes.forEach((size, si) => {
    const top = 40 + si * (panelH + 50);
    const classes = size.classes.map((c) => c.id);
    const max = Math.max(1, ...size.runs.filter((x) => x.connections === conn).map((x) => x.rps));
    const groupW = (width - left - 20) / classes.length;
    const barW = (groupW - 10) / SUTS.length;
    parts.push(
      `<text x="${left}" y="${top - 12}" font-size="14" font-weight="bold">${size.relationships.toLocaleString("en-US")} relationships, c=${conn}: req/s (median)</text>`,
    );
    for (let t = 0; t <= 4; t++) {
      const y = top + panelH - (panelH * t) / 4;
      parts.push(`<line x1="${left}" x2="${width - 20}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
      parts.push(
        `<text x="${left - 6}" y="${y + 4}" font-size="10" text-anchor="end">${Math.round((max * t) / 4)}</text>`,
      );
    }
    classes.forEach((cid, ci) => {
      const gx = left + ci * groupW + 5;
      SUTS.forEach((sut, k) => {
        const row = find(size, sut, cid, conn);
        if (!row) return;
        const h = (row.rps / max) * panelH;
        parts.push(
          `<rect x="${(gx + k * barW).toFixed(1)}" y="${(top + panelH - h).toFixed(1)}" width="${(barW - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[sut]}"><title>${sut} ${cid}: ${row.rps} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms</title></rect>`,
        );
      });
      parts.push(
        `<text x="${(gx + groupW / 2 - 5).toFixed(1)}" y="${top + panelH + 14}" font-size="11" text-anchor="middle">${cid}</text>`,
      );
    });
  });
  const height = 60 + r.sizes.length * (panelH + 50);
  const legend = SUTS.map(
    (s, i) =>
      `<rect x="${left + i * 90}" y="8" width="12" height="12" fill="${COLORS[s]}"/><text x="${left + i * 90 + 16}" y="18" font-size="12">${s}</text>`,
  ).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="white"/>${legend}${parts.join("")}</svg>\n`;
}
