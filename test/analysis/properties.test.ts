import { describe, expect } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { impute, imputePanel, indicatorStats, treat } from "../../src/index";
import { FW } from "./helpers";

const value = fc.option(
  fc.integer({ min: -100000, max: 100000 }).map((n) => n / 100),
  { nil: null, freq: 4 },
);
const column = fc.array(value, { minLength: 1, maxLength: 40 });
// skewed columns, so that winsorising and the log transform are exercised
const skewed = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 4, maxLength: 30 }),
    fc.array(fc.integer({ min: 100, max: 1e7 }), { minLength: 1, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([body, tail, neg]) => [...body, ...tail].map((x) => (neg ? -x : x)));

const IDS = FW.indicators.map((i) => i.id);
const table = fc
  .array(fc.record({ group: fc.constantFrom("north", "south", "centre"), values: fc.tuple(...IDS.map(() => value)) }), { minLength: 1, maxLength: 25 })
  .map((rs) => rs.map((r, u) => ({ unit: `U${u}`, group: r.group, indicators: Object.fromEntries(IDS.map((id, j) => [id, r.values[j]!])) })));

describe("imputation", () => {
  prop.prop([table, fc.constantFrom("mean", "median", "groupMean", "groupMedian" as const)], { numRuns: 150 })(
    "imputation never changes a present value",
    (rows, method) => {
      const r = impute(FW, rows, { method });
      rows.forEach((row, u) => {
        for (const id of IDS) {
          const v = row.indicators[id];
          if (v !== null) expect(r.rows[u]!.indicators[id]).toBe(v);
        }
      });
    },
  );
  prop.prop([table, fc.constantFrom("mean", "median", "groupMean", "groupMedian" as const)], { numRuns: 100 })(
    "every gap is either filled (within its column's range) or reported",
    (rows, method) => {
      const r = impute(FW, rows, { method });
      const gaps = rows.reduce((n, row) => n + IDS.filter((id) => row.indicators[id] === null).length, 0);
      expect(r.imputed.length + r.findings.length).toBe(gaps);
      for (const x of r.imputed) {
        const col = rows.map((row) => row.indicators[x.indicator]).filter((v): v is number => v !== null);
        expect(x.value).toBeGreaterThanOrEqual(Math.min(...col));
        expect(x.value).toBeLessThanOrEqual(Math.max(...col));
      }
    },
  );
  prop.prop([fc.array(fc.record({ year: fc.integer({ min: 2000, max: 2030 }), value }), { maxLength: 20 }), fc.constantFrom("latest", "linear" as const)], {
    numRuns: 150,
  })("panel imputation never changes a known year", (points, method) => {
    const series = [...new Map(points.map((p) => [p.year, p])).values()];
    const r = imputePanel(series, { method });
    for (const p of series) if (p.value !== null) expect(r.series.find((s) => s.year === p.year)!.value).toBe(p.value);
  });
});

describe("treatment", () => {
  prop.prop([fc.oneof(column, skewed)], { numRuns: 300 })("treatment is monotone (it never swaps two units' order)", (xs) => {
    const t = treat(xs);
    for (let i = 0; i < xs.length; i++) {
      for (let j = 0; j < xs.length; j++) {
        const a = xs[i];
        const b = xs[j];
        if (a === null || b === null || a === undefined || b === undefined) continue;
        if (a < b) expect(t.values[i]!).toBeLessThanOrEqual(t.values[j]!);
      }
    }
  });
  prop.prop([fc.oneof(column, skewed)], { numRuns: 200 })("treatment keeps missing values missing and present values present", (xs) => {
    const t = treat(xs);
    xs.forEach((x, i) => {
      expect(t.values[i] === null).toBe(x === null);
    });
    if (t.method === "winsorise") expect(t.values.filter((v, i) => v !== xs[i]).length).toBe(t.winsorised);
  });
});

describe("exactness", () => {
  prop.prop(
    [
      fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 30 }),
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 0, max: 3 }),
    ],
    { numRuns: 200 },
  )("means and medians equal a 60-digit decimal reference rounded half-up", async (ints, decimals, scale) => {
    const { default: Decimal } = await import("decimal.js");
    const D60 = Decimal.clone({ precision: 60 });
    const xs = ints.map((i) => i / 10 ** scale);
    const rows = xs.map((x, u) => ({ unit: `U${u}`, indicators: { i1: x } }));
    const s = indicatorStats(FW, rows, { decimals }).indicators[0]!;
    const sum = xs.reduce((a, x) => a.plus(new D60(String(x))), new D60(0));
    const mean = Number(sum.div(xs.length).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed());
    expect(s.mean).toBe(mean === 0 ? 0 : mean);
    const sorted = [...xs].sort((a, b) => a - b);
    const m = sorted.length >> 1;
    const med = sorted.length % 2 ? new D60(String(sorted[m])) : new D60(String(sorted[m - 1])).plus(String(sorted[m])).div(2);
    const median = Number(med.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed());
    expect(s.median).toBe(median === 0 ? 0 : median);
    const imp = impute(FW, [...rows, { unit: "gap", indicators: { i1: null } }], { method: "mean", decimals });
    expect(imp.imputed[0]!.value).toBe(s.mean);
  });
});
