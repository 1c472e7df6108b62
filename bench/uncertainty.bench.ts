// Uncertainty analysis, 63 units × 46 indicators, weights noise 0.25: 1,000 runs of pgi-kit's
// uncertainty() next to the loop it replaces (1,000 scoreColumns calls with the alternative
// frameworks, built beforehand) and a tight typed-array loop of the same work (normalise once,
// then per run: weighted component means, composite, 2-dp rounding, rank). And rankProbability,
// 10,000 simulated years of 63 provinces. Last, the COINr comparison: pgi-kit's uncertainty() on
// the synthetic 63 × 46 index of test/uncertainty/fixtures (min–max [1, 100], weights noise 0.25)
// for 1,000 and 100 runs, timed here (CPU time by process.cpuUsage and elapsed time, median of
// several repeats), printed next to COINr 1.1.14's time for the same runs recorded in
// bench/fixtures/coinr-uncertainty-timing.json (date, machine and versions there), with the ratio.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { defineFramework, scoreColumns, scoreTable, type Framework } from "../src/index";
import { PROVINCES } from "../src/data/provinces";
import { rankProbability } from "../src/uncertainty/rank-probability";
import { uncertainty } from "../src/uncertainty/uncertainty";
import { parseCsv } from "../src/render/primitives";
import type { FrameworkSpec } from "../src/framework/define";
import { columnsOf, framework, rng, rowsFromEntries } from "./data";
import { tightPlan } from "./tight";

export let sink = 0;

const RUNS = 1000;
const fw = framework(46);
const rows = rowsFromEntries(fw, 63);
const cols = columnsOf(fw, rows);
const input = { units: cols.units, columns: cols.columns };
const noise = 0.25;

// The alternative frameworks the plain loop scores with: the same noisy weights, one framework a run.
const r = rng(7);
const alternatives: Framework[] = Array.from({ length: RUNS }, () =>
  defineFramework({
    id: fw.id,
    name: fw.name,
    components: fw.components.map((c) => ({ id: c.id, weight: 1 + (2 * r() - 1) * noise })),
    indicators: fw.indicators.map((i) => ({ id: i.id, component: i.component, direction: i.direction, weight: 1 + (2 * r() - 1) * noise })),
    aggregation: "weightedMean",
    composite: "weightedSum",
  }),
);

// Tight: normalised once (weights do not change it), then per run weighted means and a rank.
const plan = tightPlan(fw);
const n = 63;
function tightRuns(): number {
  const { m, k, compOf, lower } = plan;
  const norm = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let u = 0; u < n; u++) {
      const x = cols.matrix[i * n + u]!;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const span = hi === lo ? 0 : 9 / (hi - lo);
    for (let u = 0; u < n; u++) {
      const x = cols.matrix[i * n + u]!;
      norm[i * n + u] = hi === lo ? 5.5 : lower[i] === 1 ? 10 - span * (x - lo) : 1 + span * (x - lo);
    }
  }
  const u0 = rng(11);
  const w = new Float64Array(m);
  const cw = new Float64Array(k);
  const sum = new Float64Array(k * n);
  const wsum = new Float64Array(k * n);
  const composite = new Float64Array(n);
  const idx = new Int32Array(n);
  const rank = new Int32Array(n);
  let acc = 0;
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < m; i++) w[i] = 1 + (2 * u0() - 1) * noise;
    let ct = 0;
    for (let c = 0; c < k; c++) ct += cw[c] = 1 + (2 * u0() - 1) * noise;
    sum.fill(0);
    wsum.fill(0);
    for (let i = 0; i < m; i++) {
      const cb = compOf[i]! * n;
      const wi = w[i]!;
      for (let u = 0; u < n; u++) {
        const x = norm[i * n + u]!;
        if (x !== x) continue;
        sum[cb + u] = sum[cb + u]! + wi * x;
        wsum[cb + u] = wsum[cb + u]! + wi;
      }
    }
    composite.fill(0);
    for (let c = 0; c < k; c++) for (let u = 0; u < n; u++) composite[u] = composite[u]! + (cw[c]! / ct) * k * (sum[c * n + u]! / wsum[c * n + u]!);
    for (let u = 0; u < n; u++) {
      composite[u] = Math.round(composite[u]! * 100) / 100;
      idx[u] = u;
    }
    idx.sort((a, b) => composite[b]! - composite[a]!);
    for (let j = 0; j < n; j++) rank[idx[j]!] = j > 0 && composite[idx[j - 1]!] === composite[idx[j]!] ? rank[idx[j - 1]!]! : j + 1;
    acc += rank[0]!;
  }
  return acc;
}

describe("1,000 uncertainty runs, 63 units × 46 indicators, weights noise 0.25", () => {
  bench("tight (Float64Array, normalised once, weighted means, Math.round, rank)", () => void (sink += tightRuns()), { time: 2000 });
  bench(
    "plain loop: 1,000 scoreColumns calls with the alternative frameworks",
    () => {
      for (const alt of alternatives) sink += scoreColumns(alt, input).rank[0]!;
    },
    { time: 2000 },
  );
  bench(
    "pgi-kit uncertainty(…, { runs: 1000 })",
    () => void (sink += uncertainty(fw, rows, { runs: RUNS, alternatives: { weights: { noise } } }).units[0]!.median!),
    { time: 2000 },
  );
});

// 63 provinces with a composite each, and two earlier years (seeded).
const p = rng(3);
const names = PROVINCES.map((x) => x.name);
const year = (y: number, shift: number): ReturnType<typeof scoreTable> =>
  scoreTable(names.map((unit, i) => ({ unit, year: y, composite: Math.round((15 + (i % 20) * 0.4 + shift + p() * 2) * 100) / 100 })));
const t2022 = year(2022, 0);
const t2023 = year(2023, 0.3);
const t2024 = year(2024, 0.6);

describe("rankProbability, 10,000 runs, 63 provinces", () => {
  bench(
    "pgi-kit rankProbability(…, { runs: 10000 })",
    () => void (sink += rankProbability(t2024, names[10]!, 20, { history: [t2022, t2023], runs: 10_000 }).interval.low),
    { time: 2000 },
  );
});

// The COINr comparison index and its timing.
const FIX = join(__dirname, "../test/uncertainty/fixtures/synthetic-63x46");
const synth = defineFramework(JSON.parse(readFileSync(join(FIX, "framework.json"), "utf8")) as FrameworkSpec);
const grid = parseCsv(readFileSync(join(FIX, "rows.csv"), "utf8"));
const synthRows = grid.slice(1).map((r) => ({ unit: r[0]!, indicators: Object.fromEntries(grid[0]!.slice(1).map((id, i) => [id, Number(r[i + 1])])) }));
interface Timing {
  runs: number;
  user: number;
  system: number;
  elapsed: number;
}
const coinr = JSON.parse(readFileSync(join(__dirname, "fixtures/coinr-uncertainty-timing.json"), "utf8")) as {
  date: string;
  software: { R: string; COINr: string };
  measurements: Timing[];
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};
const ua = (runs: number) => uncertainty(synth, synthRows, { runs, seed: 1, alternatives: { weights: { noise } } });
// The same index with z-score (10, 2) on every indicator: scored exactly once before the runs.
const { normalization: _minmax, ...synthSpec } = JSON.parse(readFileSync(join(FIX, "framework.json"), "utf8")) as FrameworkSpec & { normalization?: unknown };
const synthZ = defineFramework({
  ...synthSpec,
  decimals: 6,
  indicators: (synthSpec.indicators ?? []).map((i) => ({ ...i, normalization: { method: "zscore" as const, mean: 10, sd: 2 } })),
});

/** Time pgi-kit's runs (7 repeats each) and print them next to COINr's recorded times, once. */
let printed = false;
function compareWithCoinr(): void {
  if (printed) return;
  printed = true;
  const lines = [
    `\nCOINr ${coinr.software.COINr} (R ${coinr.software.R}, recorded ${coinr.date}) vs pgi-kit, uncertainty runs of the synthetic 63 × 46 index (medians; CPU = user + system):`,
  ];
  for (const runs of [1000, 100]) {
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let k = 0; k < 7; k++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      sink += ua(runs).units[0]!.median!;
      wall.push((performance.now() - t0) / 1000);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1e6);
    }
    const rec = coinr.measurements.filter((m) => m.runs === runs);
    const rCpu = median(rec.map((m) => m.user + m.system));
    const rWall = median(rec.map((m) => m.elapsed));
    const oCpu = median(cpu);
    const oWall = median(wall);
    lines.push(
      `  ${String(runs).padStart(5)} runs  CPU: COINr ${rCpu.toFixed(2)} s, pgi-kit ${(oCpu * 1000).toFixed(0)} ms → ${(rCpu / oCpu).toFixed(0)}× faster;` +
        `  elapsed: COINr ${rWall.toFixed(2)} s, pgi-kit ${(oWall * 1000).toFixed(0)} ms → ${(rWall / oWall).toFixed(0)}×`,
    );
  }
  console.log(lines.join("\n"));
}

describe("uncertainty of the synthetic 63 × 46 index (weights noise 0.25), next to COINr 1.1.14", () => {
  bench("pgi-kit uncertainty(…, { runs: 1000 }) on the COINr comparison index", () => void (sink += ua(1000).units[0]!.median!), { time: 2000 });
  bench(
    "pgi-kit uncertainty(…, { runs: 1000 }) with z-score (10, 2) normalisation (exact scoring once, then float runs)",
    () => void (sink += uncertainty(synthZ, synthRows, { runs: 1000, seed: 1, alternatives: { weights: { noise } } }).units[0]!.median!),
    { time: 2000 },
  );
  // Its teardown prints the comparison with COINr (CPU and elapsed medians, and the ratios).
  bench("pgi-kit uncertainty(…, { runs: 100 }) on the COINr comparison index", () => void (sink += ua(100).units[0]!.median!), {
    time: 1000,
    teardown: compareWithCoinr,
  });
});
