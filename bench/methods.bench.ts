// The normalisations and aggregations without a fixed scale (z-score, rank, geometric mean…),
// 63 units × 46 indicators (and 10,000 for z-score and rank): pgi-kit's scoreUnits next to the tightest plain implementation of the
// same work in the same run (column-major Float64Array, float arithmetic, Math.round, a
// competition rank by sorting; no validation, no exact rounding). pgi-kit takes its own path for
// these methods: floats with an error bound, each value recomputed exactly (BigInt rationals,
// 40-digit Decimal) only near a rounding boundary (see docs/methodology.md), so the ratio here is
// the price of that guarantee; the min–max bench (scoring-63.bench.ts) is the fast path.
import { bench, describe } from "vitest";
import { defineFramework, scoreUnits, type Framework } from "../src/index";
import { columnsOf, framework as baseFramework, rowsFromEntries } from "./data";

type Norm = "zscore" | "rank" | "minmax";
type Agg = "mean" | "geometricMean";

let sink = 0;
const M = 46;
const N = 63;
const base = baseFramework(M);
const comps = base.components.map((c) => c.id);

function variant(norm: Norm, agg: Agg): Framework {
  // min–max is the framework's normalisation (range [1, 100]); the others are set on every indicator.
  const normalization = norm === "zscore" ? { method: "zscore" as const, mean: 10, sd: 2 } : norm === "rank" ? { method: "rank" as const } : undefined;
  return defineFramework({
    id: `bench-${norm}-${agg}`,
    name: { vi: "bench", en: "bench" },
    components: comps.map((id) => ({ id })),
    aggregation: agg,
    decimals: 2,
    ...(normalization === undefined ? { normalization: { method: "minmax" as const, range: [1, 100] as [number, number] } } : {}),
    indicators: base.indicators.map((i) => ({ id: i.id, component: i.component, direction: i.direction, ...(normalization ? { normalization } : {}) })),
  });
}

/** The same work as tight as plain JavaScript allows: normalise each column, aggregate, sum, round, rank. */
function tight(norm: Norm, agg: Agg, values: Float64Array, n: number, compOf: Int32Array, lower: Uint8Array, k: number): Int32Array {
  const m = compOf.length;
  const acc = new Float64Array(k * n);
  const cnt = new Int32Array(k * n);
  const col = new Float64Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < m; i++) {
    const sign = lower[i] ? -1 : 1;
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    let c = 0;
    for (let u = 0; u < n; u++) {
      const x = values[i * n + u]! * sign;
      col[u] = x;
      if (x === x) {
        if (x < min) min = x;
        if (x > max) max = x;
        sum += x;
        c++;
      }
    }
    let mean = 0;
    let sd = 1;
    if (norm === "zscore") {
      mean = sum / c;
      let ss = 0;
      for (let u = 0; u < n; u++) if (col[u] === col[u]) ss += (col[u]! - mean) ** 2;
      sd = Math.sqrt(ss / (c - 1));
    }
    if (norm === "rank") {
      for (let u = 0; u < n; u++) order[u] = u;
      order.sort((a, b) => (col[a]! !== col[a]! ? 1 : col[b]! !== col[b]! ? -1 : col[a]! - col[b]!));
    }
    let prevRank = 0;
    for (let p = 0; p < n; p++) {
      const u = norm === "rank" ? order[p]! : p;
      const x = col[u]!;
      if (x !== x) continue;
      let s: number;
      if (norm === "zscore") s = ((x - mean) / sd) * 2 + 10;
      else if (norm === "rank")
        s = prevRank = p > 0 && col[order[p - 1]!] === x ? prevRank : p + 1; // ties share the lowest rank
      else s = 1 + ((x - min) / (max - min)) * 99;
      const j = compOf[i]! * n + u;
      acc[j]! += agg === "geometricMean" ? Math.log(s) : s;
      cnt[j]!++;
    }
  }
  const composite = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let total = 0;
    for (let c = 0; c < k; c++) {
      const j = c * n + u;
      const v = agg === "geometricMean" ? Math.exp(acc[j]! / cnt[j]!) : acc[j]! / cnt[j]!;
      total += Math.round(v * 100) / 100;
    }
    composite[u] = Math.round(total * 100) / 100;
  }
  for (let u = 0; u < n; u++) order[u] = u;
  order.sort((a, b) => composite[b]! - composite[a]!);
  const rank = new Int32Array(n);
  for (let p = 0; p < n; p++) rank[order[p]!] = p > 0 && composite[order[p]!] === composite[order[p - 1]!] ? rank[order[p - 1]!]! : p + 1;
  return rank;
}
const compOf = Int32Array.from(base.indicators, (i) => comps.indexOf(i.component));
const lower = Uint8Array.from(base.indicators, (i) => (i.direction === "lower" ? 1 : 0));

// 63 units (a PGI-sized table) for each method, and 10,000 (a country's communes) for the two
// normalisations an analyst reaches for first: at that size a few values always sit near a
// rounding boundary, and their components and composites take the exact path.
for (const [n, norm, agg] of [
  [N, "zscore", "mean"],
  [N, "rank", "mean"],
  [N, "minmax", "geometricMean"],
  [10_000, "zscore", "mean"],
  [10_000, "rank", "mean"],
] as const) {
  const fw = variant(norm, agg);
  const rows = rowsFromEntries(base, n);
  const { matrix } = columnsOf(base, rows);
  describe(`new methods, ${n} units × ${M} indicators: ${norm} + ${agg}`, () => {
    bench("tight (Float64Array columns, float, Math.round)", () => void (sink += tight(norm, agg, matrix, n, compOf, lower, comps.length)[0]!), { time: 500 });
    bench("pgi-kit scoreUnits (float first, exact near a rounding boundary)", () => void (sink += scoreUnits(fw, rows).units[0]!.rank ?? 0), { time: 500 });
  });
}
