// The float-first path of the extended methods (src/scoring/floatfirst.ts) against the exact path
// it replaces (`extendedRun(p, true)` rounds every value from its exact form): random frameworks
// and data with ties, equal columns and values built to sit exactly on rounding boundaries.
import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { defineFramework, scoreUnits, type Framework, type UnitRow } from "../../src/index";
import { extendedRun } from "../../src/scoring/methods";
import { prepare } from "../../src/scoring/run";

const name = { vi: "thử", en: "test" };
const WEIGHTED = ["weightedMean", "geometricMean", "harmonicMean"];

/** Both paths' rounded columns, or the error both throw. */
function both(fw: Framework, rows: UnitRow[]) {
  const run = (exactOnly: boolean) => {
    try {
      const o = extendedRun(prepare(fw, rows), exactOnly);
      return { scores: Array.from(o.scores), comps: Array.from(o.comps), composite: Array.from(o.composite), rank: Array.from(o.rank) };
    } catch (e) {
      const err = e as { code?: string; message: string; path?: unknown };
      return { error: err.code, message: err.message, path: err.path };
    }
  };
  return { fast: run(false), exact: run(true) };
}

const norms = fc.constantFrom(
  { method: "zscore", mean: 10, sd: 2 },
  { method: "zscore", mean: 10, sd: 1.125 },
  { method: "zscore", mean: 0.005, sd: 1 },
  { method: "zscore", mean: 5, sd: 0.5 },
  { method: "zscore", mean: 1, sd: 1 }, // c − 1, c, c + 1 → 0, 1, 2: a score exactly 0 under a geometric or harmonic mean
  { method: "rank" },
  { method: "percentRank" },
  null, // the framework's min–max
);
/** A column: small integers (many ties), decimals, a copy of the first column (equal scores), or c − 1, c, c + 1 (z-scores exactly ±sd: ties at x.xx5). */
const column = (n: number) =>
  fc.oneof(
    fc.array(fc.option(fc.integer({ min: -3, max: 3 }), { nil: null, freq: 6 }), { minLength: n, maxLength: n }),
    fc.array(
      fc.integer({ min: -99999, max: 99999 }).map((x) => x / 1000),
      { minLength: n, maxLength: n },
    ),
    fc.constant("copy" as const),
    fc.integer({ min: -50, max: 50 }).map((c) => [c - 1, c, c + 1, ...new Array<null>(n - 3).fill(null)]),
  );
const spec = fc.integer({ min: 3, max: 7 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    cols: fc.array(
      fc.record({
        norm: norms,
        data: column(n),
        comp: fc.integer({ min: 0, max: 2 }),
        weight: fc.constantFrom(1, 2, 0.5),
        direction: fc.constantFrom("higher", "lower"),
      }),
      { minLength: 2, maxLength: 6 },
    ),
    aggs: fc.array(fc.constantFrom("mean", "weightedMean", "geometricMean", "harmonicMean", "median"), { minLength: 3, maxLength: 3 }),
    composite: fc.constantFrom("mean", "sum", "geometricMean", "harmonicMean", "median"),
    range: fc.constantFrom<[number, number]>([1, 10], [0, 1], [1, 100]),
    decimals: fc.integer({ min: 0, max: 4 }),
  }),
);

describe("float-first path", () => {
  prop.prop([spec], { numRuns: 300 })("the float-first path rounds every score, component and composite as the exact path does", (s) => {
    const first = s.cols[0]!.data;
    const data = s.cols.map((c) => (c.data === "copy" ? (first === "copy" ? new Array<number>(s.n).fill(1) : first) : c.data));
    const comps = [...new Set(s.cols.map((c) => c.comp))].sort();
    let fw: Framework;
    try {
      fw = defineFramework({
        id: "ff",
        name,
        decimals: s.decimals,
        normalization: { method: "minmax", range: s.range },
        composite: s.composite,
        components: comps.map((j) => ({ id: `c${j}`, aggregation: s.aggs[j], ...(WEIGHTED.includes(s.composite) ? { weight: s.cols[j]?.weight ?? 1 } : {}) })),
        indicators: s.cols.map((c, i) => ({
          id: `i${i}`,
          component: `c${c.comp}`,
          direction: c.direction,
          ...(WEIGHTED.includes(s.aggs[c.comp]!) ? { weight: c.weight } : {}),
          ...(c.norm ? { normalization: c.norm } : {}),
        })),
      } as Parameters<typeof defineFramework>[0]);
    } catch (e) {
      if (process.env.FF_DEBUG) console.log((e as Error).message);
      return fc.pre(false);
    }
    const rows: UnitRow[] = Array.from({ length: s.n }, (_, u) => ({
      unit: `U${u}`,
      indicators: Object.fromEntries(data.map((d, i) => [`i${i}`, d[u] ?? null])),
    }));
    const { fast, exact } = both(fw, rows);
    expect(fast).toEqual(exact);
  });

  // Long columns (where the bounds' n-dependent terms count), values with decimals at the output's
  // precision and half-steps beside them (x.xx5), and every aggregation.
  const long = fc.record({
    n: fc.constantFrom(150, 400),
    m: fc.constantFrom(4, 8),
    norm: fc.constantFrom({ method: "zscore", mean: 10, sd: 2 }, { method: "rank" }, { method: "percentRank" }, null),
    agg: fc.constantFrom("mean", "weightedMean", "geometricMean", "harmonicMean", "median"),
    composite: fc.constantFrom("mean", "sum", "geometricMean", "harmonicMean", "median"),
    decimals: fc.integer({ min: 0, max: 6 }),
    step: fc.constantFrom(1, 10, 100, 1000),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
  });
  prop.prop([long], { numRuns: 12 })("on long columns (150–400 units) the float-first path rounds as the exact path does", (s) => {
    let seed = s.seed;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const weighted = WEIGHTED.includes(s.agg);
    const fw = defineFramework({
      id: "long",
      name,
      decimals: s.decimals,
      composite: s.composite,
      components: [{ id: "a" }, { id: "b" }],
      aggregation: s.agg,
      indicators: Array.from({ length: s.m }, (_, i) => ({
        id: `i${i}`,
        component: i % 2 ? "a" : "b",
        direction: i % 3 ? "higher" : "lower",
        ...(weighted ? { weight: [1, 2, 0.5, 3][i % 4] } : {}),
        ...(s.norm ? { normalization: s.norm } : {}),
      })),
    } as Parameters<typeof defineFramework>[0]);
    const rows: UnitRow[] = Array.from({ length: s.n }, (_, u) => ({
      unit: `U${u}`,
      indicators: Object.fromEntries(
        Array.from({ length: s.m }, (_, i) => [`i${i}`, Math.round(rnd() * 100 * s.step) / s.step + (rnd() < 0.3 ? 0.5 / 10 ** s.decimals : 0)]),
      ),
    }));
    const { fast, exact } = both(fw, rows);
    expect(fast).toEqual(exact);
  });

  const levels = fc.integer({ min: 3, max: 6 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      cols: fc.array(fc.record({ norm: norms, data: column(n) }), { minLength: 5, maxLength: 5 }),
      aggs: fc.array(fc.constantFrom("mean", "geometricMean", "harmonicMean", "median"), { minLength: 5, maxLength: 5 }),
      composite: fc.constantFrom("mean", "geometricMean", "harmonicMean", "median"),
      decimals: fc.integer({ min: 0, max: 3 }),
    }),
  );
  prop.prop([levels], { numRuns: 150 })("the float-first path rounds every level of a multi-level framework as the exact path does", (s) => {
    const first = s.cols[0]!.data;
    const data = s.cols.map((c) => (c.data === "copy" ? (first === "copy" ? new Array<number>(s.n).fill(1) : first) : c.data));
    const at = ["P1", "P1", "P2", "P3", "P3"];
    let fw: Framework;
    try {
      fw = defineFramework({
        id: "lv",
        name,
        decimals: s.decimals,
        normalization: { method: "minmax", range: [1, 10] },
        composite: s.composite,
        components: [
          { id: "P1", parent: "S1", aggregation: s.aggs[0] },
          { id: "P2", parent: "S1", aggregation: s.aggs[1] },
          { id: "P3", parent: "S2", aggregation: s.aggs[2] },
          { id: "S1", aggregation: s.aggs[3] },
          { id: "S2", aggregation: s.aggs[4] },
        ],
        indicators: s.cols.map((c, i) => ({ id: `i${i}`, component: at[i], direction: "higher", ...(c.norm ? { normalization: c.norm } : {}) })),
      } as Parameters<typeof defineFramework>[0]);
    } catch (e) {
      if (process.env.FF_DEBUG) console.log((e as Error).message);
      return fc.pre(false);
    }
    const rows: UnitRow[] = Array.from({ length: s.n }, (_, u) => ({
      unit: `U${u}`,
      indicators: Object.fromEntries(data.map((d, i) => [`i${i}`, d[u] ?? null])),
    }));
    const { fast, exact } = both(fw, rows);
    expect(fast).toEqual(exact);
  });

  it("values exactly on a rounding boundary take the exact path and round half-up", () => {
    // z-scores of 9, 10, 11 are exactly −1, 0, 1; times sd 1.125 → −1.125, 1.125: ties at 2 decimals.
    const z = defineFramework({
      id: "z",
      name,
      decimals: 2,
      composite: "geometricMean",
      components: [{ id: "a", aggregation: "geometricMean" }],
      indicators: [
        { id: "x", component: "a", direction: "higher", normalization: { method: "zscore", mean: 10, sd: 1.125 } },
        { id: "y", component: "a", direction: "higher", normalization: { method: "zscore", mean: 10, sd: 1.125 } },
      ],
    } as Parameters<typeof defineFramework>[0]);
    const rows = [9, 10, 11].map((v, u) => ({ unit: `U${u}`, indicators: { x: v, y: v } }));
    const r = scoreUnits(z, rows).units;
    // 10 ± 1.125 = 8.875, 11.125 → 8.88, 11.13; their geometric mean with themselves is the tie again.
    expect(r.map((u) => u.indicators.x)).toEqual([8.88, 10, 11.13]);
    expect(r.map((u) => u.components.a)).toEqual([8.88, 10, 11.13]);
    const { fast, exact } = both(z, rows);
    expect(fast).toEqual(exact);
  });
});
