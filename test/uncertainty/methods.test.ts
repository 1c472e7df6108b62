// Uncertainty and sensitivity of frameworks with the methods beyond min–max with a mean (z-score,
// rank, Borda…, geometric and harmonic means, medians), as the framework's own or as alternatives.
import { describe, expect, it } from "vitest";
import { isPgiError, type PgiError } from "../../src/errors";
import { defineFramework } from "../../src/framework/define";
import { scoreUnits } from "../../src/scoring/engine";
import { sensitivity } from "../../src/uncertainty/sensitivity";
import { uncertainty } from "../../src/uncertainty/uncertainty";

const indicators = [
  { id: "waste", component: "env", direction: "higher" },
  { id: "air", component: "env", direction: "lower" },
  { id: "water", component: "env", direction: "higher" },
  { id: "permits", component: "gov", direction: "higher" },
  { id: "fines", component: "gov", direction: "lower" },
] as const;
const zscore = { method: "zscore", mean: 10, sd: 2 } as const;
const base = { id: "district", name: { vi: "Chỉ số huyện", en: "District index" }, components: [{ id: "env" }, { id: "gov" }] };
const fwZ = defineFramework({ ...base, indicators: indicators.map((i) => ({ ...i, normalization: zscore })) });
const fwMinmax = defineFramework({ ...base, indicators: [...indicators] });
const rows = Array.from({ length: 15 }, (_, u) => ({
  unit: `U${u + 1}`,
  indicators: {
    waste: (u * 37) % 101,
    air: 5 + ((u * 53) % 89),
    water: 10 + ((u * 29) % 43),
    permits: u === 4 ? null : (u * 17) % 61,
    fines: 1 + ((u * 11) % 23),
  },
}));

/** The framework `fwZ` with other weights and methods, as scoreUnits scores it exactly. */
const exactRanks = (aggregation: string, composite: string, weights: Record<string, number>, cweights: Record<string, number>): number[] =>
  scoreUnits(
    defineFramework({
      ...base,
      components: base.components.map((c) => ({ id: c.id, weight: cweights[c.id] ?? 1 })),
      indicators: indicators.map((i) => ({ ...i, normalization: zscore, weight: weights[i.id] ?? 1 })),
      aggregation: aggregation as "mean",
      composite: composite as "sum",
    }),
    rows,
  ).units.map((x) => x.rank ?? 0);

describe("uncertainty of a framework with z-score normalisation", () => {
  it("with no alternatives every run equals the nominal ranks, which are scoreUnits' ranks", () => {
    const u = uncertainty(fwZ, rows, { runs: 20 });
    const nominal = scoreUnits(fwZ, rows).units.map((x) => x.rank);
    expect(u.units.map((x) => x.nominal)).toEqual(nominal);
    u.perRun.ranks.forEach((rs, k) => {
      expect(rs.every((r) => r === (nominal[k] ?? 0))).toBe(true);
    });
  });

  it("a run with a weight set ranks as scoreUnits ranks that weighted framework exactly (weighted mean, weighted geometric mean, weighted harmonic mean)", () => {
    const set = { indicators: { waste: 2.5, fines: 0.4 }, components: { gov: 3 } };
    for (const agg of ["mean", "geometricMean", "harmonicMean"]) {
      const u = uncertainty(fwZ, rows, { runs: 3, alternatives: { weights: [set], aggregation: [agg] } });
      // A sum keeps its total weight (2): env 0.5, gov 1.5.
      const expected = exactRanks(agg === "mean" ? "weightedMean" : agg, "weightedSum", set.indicators, { env: 0.5, gov: 1.5 });
      u.perRun.ranks.forEach((rs, k) => {
        expect([agg, rs]).toEqual([agg, new Array(3).fill(expected[k])]);
      });
    }
  });

  it("a run with a weight set ranks as scoreUnits ranks that framework exactly: a median aggregation (unweighted), composites by weighted geometric and harmonic means and by median", () => {
    const set = { indicators: { waste: 2.5, fines: 0.4 }, components: { gov: 3 } };
    const cases: [string, string, Record<string, number>, Record<string, number>][] = [
      ["median", "sum", {}, { env: 0.5, gov: 1.5 }],
      ["geometricMean", "geometricMean", set.indicators, { gov: 3 }],
      ["mean", "harmonicMean", set.indicators, { gov: 3 }],
      ["harmonicMean", "median", set.indicators, {}],
    ];
    for (const [agg, composite, iw, cw] of cases) {
      const u = uncertainty(fwZ, rows, { runs: 2, alternatives: { weights: [set], aggregation: [agg], composite: [composite] } });
      const expected = exactRanks(agg === "mean" ? "weightedMean" : agg, composite === "sum" ? "weightedSum" : composite, iw, cw);
      u.perRun.ranks.forEach((rs, k) => {
        expect([agg, composite, rs]).toEqual([agg, composite, new Array(2).fill(expected[k])]);
      });
    }
  });

  it("weights noise: 5 % ≤ median ≤ 95 % for every unit, and the same seed gives byte-identical JSON", () => {
    const o = { runs: 300, seed: 4, alternatives: { weights: { noise: 0.25 } } };
    const u = uncertainty(fwZ, rows, o);
    for (const x of u.units) {
      if (x.median === null) continue;
      expect(x.q05!).toBeLessThanOrEqual(x.median);
      expect(x.median).toBeLessThanOrEqual(x.q95!);
    }
    expect(JSON.stringify(uncertainty(fwZ, rows, o))).toBe(JSON.stringify(u));
    expect(u.failed).toEqual([]);
  });
});

describe("the new methods as alternatives", () => {
  it("normalisation min–max or z-score, aggregation mean, geometric mean or median: every combination is drawn and its runs rank as scoreUnits does", () => {
    const alternatives = {
      normalization: [{ method: "minmax", range: [1, 10] }, zscore],
      aggregation: ["mean", "geometricMean", "median"],
    };
    const u = uncertainty(fwMinmax, rows, { runs: 60, seed: 3, alternatives });
    expect(u.failed).toEqual([]);
    const seen = new Set<string>();
    u.perRun.picks.normalization!.forEach((nz, r) => {
      const ag = u.perRun.picks.aggregation![r]!;
      seen.add(`${nz},${ag}`);
      const agg = alternatives.aggregation[ag]!;
      const norm = alternatives.normalization[nz]!;
      const fw = defineFramework(
        norm.method === "minmax"
          ? { ...base, indicators: [...indicators], aggregation: agg as "mean", normalization: { method: "minmax", range: [1, 10] } }
          : { ...base, indicators: indicators.map((i) => ({ ...i, normalization: zscore })), aggregation: agg as "mean" },
      );
      const expected = scoreUnits(fw, rows).units.map((x) => x.rank ?? 0);
      expect(u.perRun.ranks.map((rs) => rs[r])).toEqual(expected);
    });
    expect(seen.size).toBe(6);
  });

  it("sensitivity takes them as factors", () => {
    const s = sensitivity(fwMinmax, rows, {
      n: 100,
      bootstrap: 0,
      alternatives: { weights: { noise: 0.25 }, normalization: [{ method: "minmax", range: [1, 10] }, zscore], aggregation: ["mean", "geometricMean"] },
    });
    expect(s.factors.map((f) => f.factor)).toEqual(["normalization", "aggregation", "weights"]);
    expect(s.factors.every((f) => f.total >= 0)).toBe(true);
  });

  const refused = (alternatives: object): PgiError => {
    try {
      uncertainty(fwMinmax, rows, { runs: 10, alternatives });
    } catch (e) {
      if (isPgiError(e)) return e;
      throw e;
    }
    throw new Error("not refused");
  };

  it("an impossible combination — a geometric mean over z-scores (0, 1), which are ≤ 0 for half the units — is refused before the first run, naming the choices and why, in English and Vietnamese", () => {
    const e = refused({ weights: { noise: 0.25 }, normalization: [zscore, { method: "zscore", mean: 0, sd: 1 }], aggregation: ["mean", "geometricMean"] });
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual(["options", "alternatives", "normalization[1]", "aggregation[1]"]);
    expect(e.message).toContain("normalization[1] (zscore) with aggregation[1] (geometricMean) cannot be scored with these rows");
    expect(e.message).toContain("a geometric mean needs every value greater than 0");
    expect(e.messageVi).toContain("normalization[1] (zscore) cùng aggregation[1] (geometricMean) không tính được với số liệu này");
    expect(e.messageVi).toContain("trung bình nhân cần mọi giá trị lớn hơn 0");
    expect(e.details).toMatchObject({ alternatives: { normalization: 1, aggregation: 1 } });
  });

  it("a harmonic mean over Borda scores (0 for the lowest unit) is refused, naming both", () => {
    const e = refused({ normalization: [{ method: "borda" }], composite: ["sum"], aggregation: ["harmonicMean"] });
    expect(e.message).toContain("normalization[0] (borda) with aggregation[0] (harmonicMean) with composite[0] (sum)");
    expect(e.message).toContain("a harmonic mean divides by every value");
    expect(e.messageVi).toContain("trung bình điều hoà chia cho từng giá trị");
  });
});
