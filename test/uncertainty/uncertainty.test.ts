import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isPgiError } from "../../src/errors";
import { defineFramework } from "../../src/framework/define";
import { scoreUnits } from "../../src/scoring/engine";
import { uncertainty } from "../../src/uncertainty/uncertainty";

const fw = defineFramework({
  id: "district",
  name: { vi: "Chỉ số huyện", en: "District index" },
  components: [{ id: "env" }, { id: "gov" }],
  indicators: [
    { id: "waste", component: "env", direction: "higher" },
    { id: "air", component: "env", direction: "lower" },
    { id: "permits", component: "gov", direction: "higher" },
  ],
});
const rows = Array.from({ length: 12 }, (_, u) => ({
  unit: `U${u + 1}`,
  indicators: { waste: (u * 37) % 101, air: (u * 53) % 89, permits: u % 3 === 0 ? null : (u * 17) % 61 },
}));

describe("uncertainty", () => {
  it("with no alternatives every run equals the nominal ranks, which are scoreUnits' ranks", () => {
    const u = uncertainty(fw, rows, { runs: 20 });
    const nominal = scoreUnits(fw, rows).units.map((x) => x.rank);
    expect(u.units.map((x) => x.nominal)).toEqual(nominal);
    expect(nominal).toContain(null); // units whose component is missing have no rank: 0 in the runs
    u.perRun.ranks.forEach((rs, k) => {
      expect(rs.every((r) => r === (nominal[k] ?? 0))).toBe(true);
    });
    expect(u.units.every((x) => x.q05 === x.nominal && x.q95 === x.nominal)).toBe(true);
  });

  it("a run with a normalisation alternative ranks as scoreUnits does with that framework", () => {
    const alt = { method: "minmax", range: [0, 100] } as const;
    const u = uncertainty(fw, rows, { runs: 30, seed: 2, alternatives: { normalization: [alt] } });
    const other = defineFramework({
      ...JSON.parse(
        JSON.stringify({
          id: "district",
          name: fw.name,
          components: [{ id: "env" }, { id: "gov" }],
          indicators: fw.indicators.map((i) => ({ id: i.id, component: i.component, direction: i.direction })),
        }),
      ),
      normalization: alt,
    });
    const expected = scoreUnits(other, rows).units.map((x) => x.rank);
    u.perRun.ranks.forEach((rs, k) => {
      expect(rs[0]).toBe(expected[k] ?? 0);
    });
  });

  it("a run with a weight set ranks as scoreUnits does with those weights (a sum keeps its total weight)", () => {
    const u = uncertainty(fw, rows, { runs: 5, alternatives: { weights: [{ components: { env: 3 } }] } });
    const weighted = defineFramework({
      id: "district",
      name: fw.name,
      components: [
        { id: "env", weight: 1.5 },
        { id: "gov", weight: 0.5 },
      ],
      indicators: fw.indicators.map((i) => ({ id: i.id, component: i.component, direction: i.direction })),
      aggregation: "weightedMean",
      composite: "weightedSum",
    });
    const expected = scoreUnits(weighted, rows).units.map((x) => x.rank ?? 0);
    u.perRun.ranks.forEach((rs, k) => {
      expect(rs).toEqual(new Array(5).fill(expected[k]));
    });
  });

  it("same seed, byte-identical JSON; another seed, other runs", () => {
    const o = { runs: 100, seed: 9, alternatives: { weights: { noise: 0.5 }, composite: ["sum", "mean"] } };
    const a = JSON.stringify(uncertainty(fw, rows, o));
    expect(JSON.stringify(uncertainty(fw, rows, o))).toBe(a);
    expect(JSON.stringify(uncertainty(fw, rows, { ...o, seed: 10 }))).not.toBe(a);
  });

  test.prop([fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 0.9, noNaN: true })], { numRuns: 15 })(
    "q05 ≤ median ≤ q95 for every unit, and every rank lies in 1…units",
    (seed, noise) => {
      const u = uncertainty(fw, rows, { runs: 60, seed, alternatives: { weights: { noise } } });
      for (const x of u.units.filter((y) => y.nominal !== null)) {
        expect(x.q05!).toBeLessThanOrEqual(x.median!);
        expect(x.median!).toBeLessThanOrEqual(x.q95!);
      }
      u.perRun.ranks.flat().forEach((r) => {
        expect(r >= 0 && r <= rows.length).toBe(true);
      });
    },
  );

  it("records the weight set drawn in each run and the alternative index of each factor", () => {
    const u = uncertainty(fw, rows, {
      runs: 50,
      alternatives: { weights: [{ components: { env: 3 } }, { indicators: { air: 2 } }], aggregation: ["mean", "weightedMean"] },
    });
    expect(u.perRun.weightSet.every((s) => s === 0 || s === 1)).toBe(true);
    expect(u.perRun.picks.aggregation!.every((s) => s === 0 || s === 1)).toBe(true);
    expect(new Set(u.perRun.weightSet).size).toBe(2);
  });

  it.each([
    [
      "an unknown normalisation method",
      { normalization: [{ method: "minmax", range: [1, 10] }, { method: "zz" }] },
      ["options", "alternatives", "normalization", 1],
    ],
    ["an unknown composite rule", { composite: ["sum", "product"] }, ["options", "alternatives", "composite", 1]],
    ["noise of 1", { weights: { noise: 1 } }, ["options", "alternatives", "weights", "noise"]],
    ["a weight set naming an unknown indicator", { weights: [{ indicators: { nope: 2 } }] }, ["options", "alternatives", "weights", 0, "indicators", "nope"]],
    ["an empty list", { aggregation: [] }, ["options", "alternatives", "aggregation"]],
  ])("%s is refused before any run, naming it", (_n, alternatives, path) => {
    let caught: unknown;
    try {
      uncertainty(fw, rows, { runs: 10, alternatives: alternatives as never });
    } catch (e) {
      caught = e;
    }
    expect(isPgiError(caught)).toBe(true);
    expect((caught as { path: unknown[] }).path.slice(0, path.length)).toEqual(path);
  });
});
