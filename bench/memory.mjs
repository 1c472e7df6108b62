// Peak RSS and GC share of one case per process, measured on the built package.
// Run: npm run bench:memory            (every case, each in its own process)
//      node --expose-gc bench/memory.mjs <case> <units> [1]   (one case; 1 = a single call)
// Cases: scoreUnits (row objects built with Object.fromEntries in, result read in full),
// scoreUnits-assigned (rows built property by property), scoreColumns, tight.
// GC share = time in GC (perf_hooks "gc" entries) / wall time of 5 calls after one warm-up call.
// With 1 after the units: one call in a fresh process, its peak RSS (what a process that scores
// its input once needs).
import { execFileSync } from "node:child_process";
import { PerformanceObserver, performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { defineFramework, scoreColumns, scoreUnits } from "../dist/index.js";

const [, , which, unitsArg, callsArg] = process.argv;
if (!which) {
  for (const n of [10_000, 100_000]) {
    for (const c of ["tight", "scoreColumns", "scoreUnits", "scoreUnits-assigned"]) {
      process.stdout.write(execFileSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), c, String(n)], { encoding: "utf8" }));
    }
  }
  // A process that scores its input once (the peak RSS target), beside the six calls above.
  for (const c of ["tight", "scoreColumns", "scoreUnits"]) {
    process.stdout.write(execFileSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), c, "100000", "1"], { encoding: "utf8" }));
  }
  process.exit(0);
}
const calls = Number(callsArg ?? 6);
const n = Number(unitsArg ?? 10_000);

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
const comps = ["pollution", "compliance", "greenPractices", "incentives"];
const fw = defineFramework({
  id: "bench-50",
  name: { vi: "bench", en: "bench" },
  components: comps.map((id) => ({ id })),
  indicators: Array.from({ length: 50 }, (_, i) => ({
    id: `i${String(i + 1).padStart(2, "0")}`,
    component: comps[i % 4],
    direction: i % 3 === 2 ? "lower" : "higher",
  })),
});
const ids = fw.indicators.map((i) => i.id);
const r = rng(1);
let rows;
let columns;
let matrix;
if (which === "scoreUnits") {
  // Rows built with Object.fromEntries (V8 keeps them in its fast layout: 126 MB at 100,000 × 50).
  rows = Array.from({ length: n }, (_, u) => ({
    unit: `U${u}`,
    indicators: Object.fromEntries(ids.map((id) => [id, r() < 0.01 ? null : Math.round(r() * 1000) / 10])),
  }));
} else if (which === "scoreUnits-assigned") {
  // Rows built property by property, as CSV parsers do: past a dozen keys V8 keeps each one as a
  // hash table (397 MB at 100,000 × 50, before anything runs).
  rows = Array.from({ length: n }, (_, u) => {
    const indicators = {};
    for (const id of ids) indicators[id] = r() < 0.01 ? null : Math.round(r() * 1000) / 10;
    return { unit: `U${u}`, indicators };
  });
} else {
  matrix = new Float64Array(ids.length * n);
  for (let u = 0; u < n; u++) for (let i = 0; i < ids.length; i++) matrix[i * n + u] = r() < 0.01 ? Number.NaN : Math.round(r() * 1000) / 10;
  columns = Object.fromEntries(ids.map((id, i) => [id, matrix.subarray(i * n, (i + 1) * n)]));
}
const units = Array.from({ length: n }, (_, u) => `U${u}`);
const compOf = Int32Array.from(fw.indicators, (i) => comps.indexOf(i.component));
const lower = Uint8Array.from(fw.indicators, (i) => (i.direction === "lower" ? 1 : 0));

function tight() {
  const m = ids.length;
  const scores = new Float64Array(m * n);
  const sum = new Float64Array(4 * n);
  const cnt = new Int32Array(4 * n);
  for (let i = 0; i < m; i++) {
    const base = i * n;
    let lo = Infinity;
    let hi = -Infinity;
    for (let u = 0; u < n; u++) {
      const x = matrix[base + u];
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const cb = compOf[i] * n;
    const span = 9 / (hi - lo);
    for (let u = 0; u < n; u++) {
      const x = matrix[base + u];
      if (x !== x) continue;
      const s = lower[i] ? 10 - span * (x - lo) : 1 + span * (x - lo);
      scores[base + u] = Math.round(s * 100) / 100;
      sum[cb + u] += s;
      cnt[cb + u]++;
    }
  }
  const composite = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let t = 0;
    for (let c = 0; c < 4; c++) t += sum[c * n + u] / cnt[c * n + u];
    composite[u] = Math.round(t * 100) / 100;
  }
  const idx = Array.from({ length: n }, (_, u) => u).sort((a, b) => composite[b] - composite[a]);
  const rank = new Int32Array(n);
  idx.forEach((u, j) => {
    rank[u] = j > 0 && composite[idx[j - 1]] === composite[u] ? rank[idx[j - 1]] : j + 1;
  });
  return rank;
}
// bench/data.ts's readAll (this script runs on the built package, without the TypeScript bench data).
function readAll(s) {
  let acc = 0;
  for (const u of s.units) {
    const ind = u.indicators;
    for (const k in ind) acc += ind[k] ?? 0;
    const comp = u.components;
    for (const k in comp) acc += comp[k] ?? 0;
    acc += (u.composite ?? 0) + (u.rank ?? 0);
  }
  return acc;
}
const run = which === "tight" ? tight : which === "scoreColumns" ? () => scoreColumns(fw, { units, columns }) : () => readAll(scoreUnits(fw, rows));
globalThis.gc?.();
const inputRss = process.memoryUsage().rss;
const mb = (b) => (b / 1024 / 1024).toFixed(0);
if (calls === 1) {
  const a = performance.now();
  run();
  const t = performance.now() - a;
  console.log(
    `${which.padEnd(19)} ${String(n).padStart(7)} units × 50, one call in a fresh process: ${t.toFixed(1)} ms (cold), RSS with the input alone ${mb(inputRss)} MB, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB (input included)`,
  );
  process.exit(0);
}

let gcMs = 0;
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
});
run();
globalThis.gc?.();
obs.observe({ entryTypes: ["gc"] });
const t0 = performance.now();
const times = [];
for (let k = 0; k < 5; k++) {
  const a = performance.now();
  run();
  times.push(performance.now() - a);
}
const wall = performance.now() - t0;
await new Promise((res) => setTimeout(res, 50));
obs.disconnect();
times.sort((a, b) => a - b);
console.log(
  `${which.padEnd(19)} ${String(n).padStart(7)} units × 50: median ${times[2].toFixed(1)} ms (${((1000 * times[2]) / n).toFixed(2)} µs/unit), GC ${((100 * gcMs) / wall).toFixed(0)} % of the time, RSS with the input alone ${mb(inputRss)} MB, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB (input included)`,
);
