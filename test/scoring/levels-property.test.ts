/**
 * The invariant of multi-level frameworks: on any tree of components (random depth, fan-out,
 * aggregation per component, weights, composite) and any data with gaps, every parent's score is
 * its own aggregation of its children's scores (a missing child skipped; null below half), and the
 * composite is the composite rule over the top level.
 */
import { describe, expect } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { defineFramework, scoreUnits, type FrameworkSpec } from "../../src/index";

type Agg = "mean" | "weightedMean" | "geometricMean" | "harmonicMean" | "median";
const AGGS: Agg[] = ["mean", "weightedMean", "geometricMean", "harmonicMean", "median"];
const COMPOSITES = ["sum", "mean", "weightedSum", "geometricMean", "harmonicMean", "median"] as const;
const WEIGHTED = ["weightedMean", "geometricMean", "harmonicMean", "weightedSum"];

/** A tree: component j > 0 has a parent among 0 … j − 1 or none; component 1 always has one. */
const treeArb = fc.integer({ min: 2, max: 7 }).chain((k) =>
  fc.record({
    parents: fc.tuple(...Array.from({ length: k }, (_, j) => (j === 0 ? fc.constant(-1) : j === 1 ? fc.constant(0) : fc.integer({ min: -1, max: j - 1 })))),
    aggs: fc.array(fc.constantFrom(...AGGS), { minLength: k, maxLength: k }),
    weights: fc.array(fc.constantFrom(1, 2, 0.5, 3), { minLength: k, maxLength: k }),
    fanout: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: k, maxLength: k }),
    composite: fc.constantFrom(...COMPOSITES),
    units: fc.integer({ min: 2, max: 6 }),
  }),
);

function aggregate(method: string, xs: number[], ws: number[]): number {
  const W = ws.reduce((a, w) => a + w, 0);
  switch (method) {
    case "median": {
      const s = [...xs].sort((a, b) => a - b);
      const h = s.length >> 1;
      return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
    }
    case "geometricMean":
      return Math.exp(xs.reduce((a, x, i) => a + ws[i]! * Math.log(x), 0) / W);
    case "harmonicMean":
      return W / xs.reduce((a, x, i) => a + ws[i]! / x, 0);
    case "sum":
    case "weightedSum":
      return xs.reduce((a, x, i) => a + ws[i]! * x, 0);
    default:
      return xs.reduce((a, x, i) => a + ws[i]! * x, 0) / W;
  }
}

describe("levels", () => {
  prop.prop([treeArb, fc.infiniteStream(fc.option(fc.integer({ min: 0, max: 100 }), { freq: 5 }))], { numRuns: 60 })(
    "every level of a multi-level framework equals its aggregation of the level below",
    (t, values) => {
      const k = t.parents.length;
      const ids = Array.from({ length: k }, (_, j) => `C${j}`);
      const kids = ids.map((_, j) => t.parents.flatMap((p, l) => (p === j ? [l] : [])));
      // A weight only where it is used (a weight given is a weight used).
      const weighted = (j: number) => (t.parents[j]! < 0 ? WEIGHTED.includes(t.composite) : WEIGHTED.includes(t.aggs[t.parents[j]!]!));
      const components = ids.map((id, j) => ({
        id,
        aggregation: t.aggs[j]!,
        ...(t.parents[j]! >= 0 ? { parent: ids[t.parents[j]!]! } : {}),
        ...(weighted(j) ? { weight: t.weights[j]! } : {}),
      }));
      const indicators = ids.flatMap((id, j) =>
        kids[j]!.length > 0
          ? []
          : Array.from({ length: t.fanout[j]! }, (_, i) => ({
              id: `${id}i${i}`,
              component: id,
              direction: i % 2 ? ("lower" as const) : ("higher" as const),
              ...(["weightedMean", "geometricMean", "harmonicMean"].includes(t.aggs[j]!) ? { weight: t.weights[(j + i) % k]! } : {}),
            })),
      );
      const fw = defineFramework({ id: "p", name: { vi: "P", en: "P" }, components, indicators, composite: t.composite, decimals: 10 } as FrameworkSpec);
      const it = values[Symbol.iterator]();
      const rows = Array.from({ length: t.units }, (_, u) => ({
        unit: `U${u}`,
        indicators: Object.fromEntries(indicators.map((ind) => [ind.id, it.next().value as number | null])),
      }));
      const s = scoreUnits(fw, rows);
      const weightOf = (j: number) => fw.components.concat(fw.subComponents ?? []).find((c) => c.id === ids[j])!.weight;
      const close = (got: number | null, want: number | null) => {
        if (want === null) expect(got).toBeNull();
        else expect(Math.abs(got! - want)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(want)));
      };
      for (const r of s.units) {
        const score = (j: number) => r.components[ids[j] as never] as number | null;
        for (let j = 0; j < k; j++) {
          if (kids[j]!.length === 0) continue;
          const have = kids[j]!.filter((l) => score(l) !== null);
          const want =
            have.length === 0 || have.length * 2 < kids[j]!.length
              ? null
              : aggregate(
                  t.aggs[j]!,
                  have.map(score) as number[],
                  have.map((l) => (weighted(l) ? weightOf(l) : 1)),
                );
          close(score(j), want);
        }
        const top = ids.flatMap((_, j) => (t.parents[j]! < 0 ? [j] : []));
        const scores = top.map(score);
        const composite = scores.some((x) => x === null)
          ? null
          : aggregate(
              t.composite,
              scores as number[],
              top.map((j) => (weighted(j) ? weightOf(j) : 1)),
            );
        close(r.composite, composite);
      }
    },
    30_000,
  );
});
