// Uncertainty of a synthetic 63 × 46 index next to COINr 1.1.14's get_sensitivity(SA_type = "UA") on
// the same data (fixtures/synthetic-63x46: rows.csv, the framework, COINr's outputs as data).
// COINr's set-up: min–max [1, 100] on the indicators (directions as the framework's), arithmetic
// means at both levels, weights noise 0.25 at the indicator and component levels (100 noisy weight
// sets drawn by get_noisy_weights), normalisation alternatives min–max [1, 100] and [1, 10]; 1,000
// runs (UA); for the sensitivity analysis (SA) N = 500 (2,000 runs) and 100 bootstrap resamples.
// Ranks: highest first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineFramework, type FrameworkSpec } from "../../src/framework/define";
import { parseCsv } from "../../src/render/primitives";
import { scoreUnits } from "../../src/scoring/engine";
import type { UnitRow } from "../../src/scoring/types";
import { sensitivity } from "../../src/uncertainty/sensitivity";
import { uncertainty } from "../../src/uncertainty/uncertainty";
import type { Alternatives } from "../../src/uncertainty/runs";

const FIX = join(__dirname, "fixtures/synthetic-63x46");
const fw = defineFramework(JSON.parse(readFileSync(join(FIX, "framework.json"), "utf8")) as FrameworkSpec);
const alternatives = JSON.parse(readFileSync(join(FIX, "alternatives.json"), "utf8")) as Alternatives;
const grid = parseCsv(readFileSync(join(FIX, "rows.csv"), "utf8"));
const rows: UnitRow[] = grid.slice(1).map((r) => ({ unit: r[0]!, indicators: Object.fromEntries(grid[0]!.slice(1).map((id, i) => [id, Number(r[i + 1])])) }));
const table = (file: string): Record<string, string>[] => {
  const [head, ...body] = parseCsv(readFileSync(join(FIX, file), "utf8"));
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
};

describe("uncertainty agrees with COINr's (synthetic 63 × 46 index)", () => {
  const coinr = new Map(table("coinr-ua-rankstats.csv").map((r) => [r.uCode!, r]));
  const ours = uncertainty(fw, rows, { runs: 1000, seed: 1, alternatives });

  it("the same nominal ranks", () => {
    expect(ours.units.map((u) => u.nominal)).toEqual(ours.units.map((u) => Number(coinr.get(u.unit)!.Nominal)));
    expect(scoreUnits(fw, rows).units.map((u) => u.rank)).toEqual(ours.units.map((u) => u.nominal));
  });

  it("median ranks within one rank, 5 % and 95 % ranks within two (sampling error of 1,000 runs)", () => {
    for (const u of ours.units) {
      const c = coinr.get(u.unit)!;
      expect([u.unit, Math.abs(u.median! - Number(c.Median)) <= 1]).toEqual([u.unit, true]);
      expect([u.unit, Math.abs(u.q05! - Number(c.Q5)) <= 2, Math.abs(u.q95! - Number(c.Q95)) <= 2]).toEqual([u.unit, true, true]);
    }
  });

  it("the mean ranks agree within 0.5 and the 5–95 % widths on average within a quarter rank", () => {
    let width = 0;
    for (const u of ours.units) {
      const c = coinr.get(u.unit)!;
      expect([u.unit, Math.abs(u.mean! - Number(c.Mean)) <= 0.5]).toEqual([u.unit, true]);
      width += u.q95! - u.q05! - (Number(c.Q95) - Number(c.Q5));
    }
    expect(Math.abs(width / ours.units.length)).toBeLessThan(0.25);
  });
});

describe("sensitivity agrees with COINr's (synthetic 63 × 46 index)", () => {
  const coinr = new Map(table("coinr-sa-sensitivity.csv").map((r) => [r.Variable!, r]));
  const ours = sensitivity(fw, rows, { n: 500, seed: 1, bootstrap: 100, alternatives });
  const total = (f: string): number => ours.factors.find((x) => x.factor === f)!.total;

  it("the factors rank the same by total index: weights first, normalisation (a change of range only) last", () => {
    const byTotal = (xs: { name: string; total: number }[]): string[] => [...xs].sort((a, b) => b.total - a.total).map((x) => x.name);
    expect(byTotal(ours.factors.map((f) => ({ name: f.factor, total: f.total })))).toEqual(["weights", "normalization"]);
    expect(byTotal([...coinr.values()].map((r) => ({ name: r.Variable === "Weights" ? "weights" : "normalization", total: Number(r.STi) })))).toEqual([
      "weights",
      "normalization",
    ]);
  });

  it("the weights' total index lies in COINr's bootstrap 5–95 % interval; normalisation's is near 0 (ours: ties the rounding to 2 decimals on [1, 10] makes)", () => {
    const w = coinr.get("Weights")!;
    expect(total("weights")).toBeGreaterThanOrEqual(Number(w.STi_q5));
    expect(total("weights")).toBeLessThanOrEqual(Number(w.STi_q95));
    expect(Number(coinr.get("Normalisation")!.STi)).toBe(0);
    expect(total("normalization")).toBeLessThan(0.05);
  });
});

// The same index with z-score (mean 10, sd 2) on every indicator, next to COINr's
// Normalise(f_n = "n_zscore", f_n_para = list(m_sd = c(10, 2))) and arithmetic means; alternatives
// (alternatives-zscore.json): weights noise 0.25 (100 noisy sets in COINr) and the normalisation
// z-score (10, 2) or min–max [1, 100]. COINr's composites are not rounded, so ours carry 6
// decimals (z-scores near 10 rounded to 2 decimals tie, and ties share a rank).
describe("uncertainty and sensitivity agree with COINr's under z-score (10, 2) normalisation", () => {
  const { normalization: _minmax, ...spec } = JSON.parse(readFileSync(join(FIX, "framework.json"), "utf8")) as FrameworkSpec & { normalization?: unknown };
  const fwZ = defineFramework({
    ...spec,
    decimals: 6,
    indicators: (spec.indicators ?? []).map((i) => ({ ...i, normalization: { method: "zscore", mean: 10, sd: 2 } })),
  });
  const altZ = JSON.parse(readFileSync(join(FIX, "alternatives-zscore.json"), "utf8")) as Alternatives;
  const coinr = new Map(table("coinr-zscore-ua-rankstats.csv").map((r) => [r.uCode!, r]));
  const ours = uncertainty(fwZ, rows, { runs: 1000, seed: 1, alternatives: altZ });

  it("the same nominal ranks (scoreUnits' exact ranks)", () => {
    expect(ours.units.map((u) => u.nominal)).toEqual(ours.units.map((u) => Number(coinr.get(u.unit)!.Nominal)));
    expect(scoreUnits(fwZ, rows).units.map((u) => u.rank)).toEqual(ours.units.map((u) => u.nominal));
  });

  // Tolerances: ranks are whole numbers and the 5 %, 50 % and 95 % quantiles of 1,000 draws of a
  // unit's rank sit on or between two neighbouring ranks, so two independent streams of runs can put
  // a quantile one rank apart; a 5 % or 95 % quantile rests on ~50 runs, so two ranks allows for its
  // sampling error. The mean rank: COINr draws weights from only 100 noisy sets, so its mean carries
  // the error of 100 draws (rank sd ≈ 1–2 → ≈ 0.1–0.2 per unit; 0.75 is about 4 such errors, the
  // largest of 63 units).
  it("median ranks within one rank, 5 % and 95 % ranks within two, mean ranks within 0.75", () => {
    for (const u of ours.units) {
      const c = coinr.get(u.unit)!;
      expect([u.unit, Math.abs(u.median! - Number(c.Median)) <= 1]).toEqual([u.unit, true]);
      expect([u.unit, Math.abs(u.q05! - Number(c.Q5)) <= 2, Math.abs(u.q95! - Number(c.Q95)) <= 2]).toEqual([u.unit, true, true]);
      expect([u.unit, Math.abs(u.mean! - Number(c.Mean)) <= 0.75]).toEqual([u.unit, true]);
    }
  });

  it("the factors rank the same by total index (weights, then normalisation); normalisation's total index lies in COINr's bootstrap 5–95 % interval, the weights' within 0.1 of COINr's", () => {
    const sa = new Map(table("coinr-zscore-sa-sensitivity.csv").map((r) => [r.Variable!, r]));
    const s = sensitivity(fwZ, rows, { n: 500, seed: 1, bootstrap: 100, alternatives: altZ });
    const total = (f: string): number => s.factors.find((x) => x.factor === f)!.total;
    const byTotal = (xs: { name: string; total: number }[]): string[] => [...xs].sort((a, b) => b.total - a.total).map((x) => x.name);
    expect(byTotal(s.factors.map((f) => ({ name: f.factor, total: f.total })))).toEqual(["weights", "normalization"]);
    expect(byTotal([...sa.values()].map((r) => ({ name: r.Variable === "Weights" ? "weights" : "normalization", total: Number(r.STi) })))).toEqual([
      "weights",
      "normalization",
    ]);
    const n = sa.get("Normalisation")!;
    expect(total("normalization")).toBeGreaterThanOrEqual(Number(n.STi_q5));
    expect(total("normalization")).toBeLessThanOrEqual(Number(n.STi_q95));
    expect(Math.abs(total("weights") - Number(sa.get("Weights")!.STi))).toBeLessThan(0.1);
  });
});
