/**
 * The normalisations and aggregations of COINr: each agrees with COINr's own function on a data set
 * with missing values, skewed columns, ties and a lower-is-better indicator (fixtures under
 * ./fixtures/coinr, each naming the function, version and call that produced it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import Decimal from "decimal.js";
import { defineFramework, scoreColumns, scoreUnits, solveFor, whatIf, type UnitRow } from "../../src/index";
import { thrown } from "../foundation/helpers";

const dir = join(__dirname, "fixtures", "coinr");
function csv(name: string): Record<string, (number | null)[]> {
  const lines = readFileSync(join(dir, `${name}.csv`), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"));
  const head = lines[0]!.split(",");
  const out: Record<string, (number | null)[]> = Object.fromEntries(head.map((h) => [h, []]));
  for (const l of lines.slice(1))
    l.split(",").forEach((v, j) => {
      out[head[j]!]!.push(v === "NA" ? null : Number(v));
    });
  return out;
}

const data = csv("data");
const units = data.x1!.map((_, u) => `U${u + 1}`);
const rows: UnitRow[] = units.map((unit, u) => ({ unit, indicators: { x1: data.x1![u]!, x2: data.x2![u]!, x3: data.x3![u]! } }));
const name = { vi: "Thử", en: "Test" };

type Nz = Parameters<typeof defineFramework>[0]["indicators"] extends readonly (infer I)[] | undefined
  ? I extends { normalization?: infer N }
    ? N
    : never
  : never;
const oneComponent = (normalization: Nz, extra: Record<string, unknown> = {}) =>
  defineFramework({
    id: "m",
    name,
    components: [{ id: "a" }],
    indicators: [
      { id: "x1", component: "a", direction: "higher", normalization },
      { id: "x2", component: "a", direction: "lower", normalization },
      { id: "x3", component: "a", direction: "higher", normalization },
    ],
    decimals: 10,
    ...extra,
  } as Parameters<typeof defineFramework>[0]);

const close = (got: number | null | undefined, want: number | null, tol = 1e-9) => {
  if (want === null) expect(got).toBeNull();
  else {
    expect(got).not.toBeNull();
    expect(Math.abs(got! - want)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(want)));
  }
};

describe("normalisations agree with COINr", () => {
  const cases: [string, Nz][] = [
    ["n_rank", { method: "rank" }],
    ["n_prank", { method: "percentRank" }],
    ["n_borda", { method: "borda" }],
    ["n_fracmax", { method: "fractionOfMax" }],
    ["n_dist2max", { method: "distanceToMax" }],
    ["n_dist2ref", { method: "distanceToReference", unit: "U5", cap: false }],
    ["n_dist2ref_cap", { method: "distanceToReference", unit: "U5", cap: true }],
    ["n_zscore", { method: "zscore", mean: 10, sd: 2 }],
  ];
  for (const [file, nz] of cases) {
    it(`${nz!.method}${"cap" in nz! && nz.cap ? " (capped)" : ""} equals COINr's ${file} to 1e-9, missing values stay missing`, () => {
      const want = csv(file);
      const s = scoreUnits(oneComponent(nz), rows);
      s.units.forEach((r, u) => {
        for (const id of ["x1", "x2", "x3"] as const) close(r.indicators[id], want[id]![u] ?? null);
      });
      // scoreColumns gives the same numbers.
      const cols = scoreColumns(oneComponent(nz), { units, columns: { x1: data.x1!, x2: data.x2!, x3: data.x3! } });
      s.units.forEach((r, u) => {
        expect(cols.components.a![u]).toBe(r.components.a ?? Number.NaN);
      });
    });
  }

  it("rank-based scores are exact integers and fractions (percent rank of 10 − 1 = 9 values is k/8 or k/9)", () => {
    const s = scoreUnits(oneComponent({ method: "percentRank" }, { decimals: 4 }), rows);
    expect(s.units.map((r) => r.indicators.x1)).toEqual([0, 0.125, 0.125, 0.5, 0.625, 0.75, 0.875, null, 0.125, 1]);
  });

  it("components and the composite say they have no fixed scale", () => {
    const fw = oneComponent({ method: "zscore", mean: 0, sd: 1 });
    expect(fw.components[0]!.freeScale).toBe(true);
    expect(
      defineFramework({ id: "m", name, components: [{ id: "a" }], indicators: [{ id: "x1", component: "a", direction: "higher" }] }).components[0]!.freeScale,
    ).toBeUndefined();
  });
});

describe("frameworks as data", () => {
  it("a JSON copy of a framework with these methods scores the same", () => {
    const fw = defineFramework({
      id: "j",
      name,
      components: [
        { id: "a", aggregation: "harmonicMean" },
        { id: "b", aggregation: "median" },
      ],
      indicators: [
        { id: "x1", component: "a", direction: "higher" },
        { id: "x2", component: "a", direction: "lower", normalization: { method: "fractionOfMax" } },
        { id: "x3", component: "b", direction: "higher", normalization: { method: "distanceToReference", unit: "U5", cap: true } },
      ],
      composite: "median",
      decimals: 8,
    });
    const copy = JSON.parse(JSON.stringify(fw)) as typeof fw;
    expect(scoreUnits(copy, rows).units).toEqual(scoreUnits(fw, rows).units);
  });
  it("a constant column under rank gets rank 1 everywhere, with no finding about the middle of a range", () => {
    const fw = defineFramework({
      id: "k",
      name,
      components: [{ id: "a" }],
      indicators: [{ id: "p", component: "a", direction: "higher", normalization: { method: "rank" } }],
    });
    const s = scoreUnits(fw, [
      { unit: "A", indicators: { p: 3 } },
      { unit: "B", indicators: { p: 3 } },
    ]);
    expect(s.units.map((u) => u.indicators.p)).toEqual([1, 1]);
    expect(s.findings.filter((f) => f.code === "CONSTANT_INDICATOR")).toEqual([]);
  });
});

describe("z-score precision", () => {
  it("z-scores equal a 60-digit computation rounded half-up at 10 decimals", () => {
    const D60 = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
    const s = scoreUnits(oneComponent({ method: "zscore", mean: 10, sd: 2 }), rows);
    for (const [id, lower] of [
      ["x1", false],
      ["x2", true],
      ["x3", false],
    ] as const) {
      const xs = data[id]!.map((x) => (x === null ? null : new D60(lower ? -x : x)));
      const present = xs.filter((x): x is Decimal => x !== null);
      const mean = present.reduce((a, x) => a.plus(x), new D60(0)).div(present.length);
      const sd = present
        .reduce((a, x) => a.plus(x.minus(mean).pow(2)), new D60(0))
        .div(present.length - 1)
        .sqrt();
      xs.forEach((x, u) => {
        const want = x === null ? null : Number(x.minus(mean).div(sd).times(2).plus(10).toDecimalPlaces(10, Decimal.ROUND_HALF_UP).toFixed());
        expect(s.units[u]!.indicators[id]).toBe(want);
      });
    }
  });

  it("z-scores of a long column with a wide range of magnitudes and decimals equal a 60-digit computation (exact sums over the common power of ten)", () => {
    const D60 = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
    const fw = defineFramework({
      id: "wide",
      name,
      components: [{ id: "a" }],
      indicators: [{ id: "v", component: "a", direction: "higher", normalization: { method: "zscore", mean: 0, sd: 1 } }],
      decimals: 10,
    });
    const magnitudes = [1e-7, 0.001, 1, 1234.5678, 1e9, 98765432.1012];
    const values = Array.from({ length: 2000 }, (_, u) => magnitudes[u % magnitudes.length]! * (1 + ((u * 7919) % 1000) / 997));
    const s = scoreUnits(
      fw,
      values.map((v, u) => ({ unit: `U${u}`, indicators: { v } })),
    );
    const xs = values.map((x) => new D60(x));
    const mean = xs.reduce((a, x) => a.plus(x), new D60(0)).div(xs.length);
    const sd = xs
      .reduce((a, x) => a.plus(x.minus(mean).pow(2)), new D60(0))
      .div(xs.length - 1)
      .sqrt();
    xs.forEach((x, u) => {
      expect(s.units[u]!.indicators.v).toBe(Number(x.minus(mean).div(sd).toDecimalPlaces(10, Decimal.ROUND_HALF_UP).toFixed()));
    });
  });

  it("a z-score exactly on a rounding tie rounds half-up (values 1, 2, 3, 4 → ±0.5 steps at mean 0, sd 1·√(5/3)…)", () => {
    // values −1, 0, 1: mean 0, sd 1, so z = −1, 0, 1; with sd 0.5 the scores −0.5, 0, 0.5 round at 0 decimals to −1, 0, 1 (half away from zero).
    const fw = defineFramework({
      id: "t",
      name,
      components: [{ id: "a" }],
      indicators: [{ id: "v", component: "a", direction: "higher", normalization: { method: "zscore", mean: 0, sd: 0.5 } }],
      decimals: 0,
    });
    const s = scoreUnits(
      fw,
      [-1, 0, 1].map((v, u) => ({ unit: `U${u}`, indicators: { v } })),
    );
    expect(s.units.map((r) => r.indicators.v)).toEqual([-1, 0, 1]);
  });
});

describe("aggregations agree with COINr", () => {
  const fw = (aggregation: string, weights: boolean) =>
    defineFramework({
      id: "g",
      name,
      components: [{ id: "a", aggregation }, { id: "b" }],
      indicators: [
        { id: "x1", component: "a", direction: "higher", weight: weights ? 1 : 1 },
        { id: "x2", component: "a", direction: "lower", weight: weights ? 2 : 1 },
        { id: "x3", component: "a", direction: "higher", weight: weights ? 0.5 : 1 },
        { id: "y", component: "b", direction: "higher" },
      ],
      decimals: 10,
    } as Parameters<typeof defineFramework>[0]);
  const withY = rows.map((r, u) => ({ ...r, indicators: { ...r.indicators, y: u } }));
  for (const [agg, file] of [
    ["geometricMean", "a_gmean"],
    ["harmonicMean", "a_hmean"],
  ] as const) {
    for (const weighted of [true, false]) {
      it(`${agg} (${weighted ? "weights 1, 2, 0.5" : "equal weights"}) equals COINr's ${file}, missing values skipped`, () => {
        const want = csv(file)[weighted ? "weighted" : "equal"]!;
        const s = scoreUnits(fw(agg, weighted), withY);
        s.units.forEach((r, u) => {
          close(r.components.a, want[u] ?? null);
        });
      });
    }
  }
  it("geometric means equal a 60-digit computation rounded half-up at 10 decimals", () => {
    const D60 = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
    const s = scoreUnits(fw("geometricMean", true), withY);
    const w = [1, 2, 0.5];
    const cols = (["x1", "x2", "x3"] as const).map((id, k) => {
      const xs = data[id]!.map((x) => (x === null ? null : new D60(k === 1 ? -x : x)));
      const p = xs.filter((x): x is Decimal => x !== null);
      const lo = Decimal.min(...p);
      const hi = Decimal.max(...p);
      return xs.map((x) => (x === null ? null : x.minus(lo).div(hi.minus(lo)).times(9).plus(1)));
    });
    s.units.forEach((r, u) => {
      let l = new D60(0);
      let W = new D60(0);
      cols.forEach((col, k) => {
        const x = col[u];
        if (x === null || x === undefined) return;
        l = l.plus(x.ln().times(w[k]!));
        W = W.plus(w[k]!);
      });
      expect(r.components.a).toBe(Number(l.div(W).exp().toDecimalPlaces(10, Decimal.ROUND_HALF_UP).toFixed()));
    });
  });
  it("median equals R's median of the present scores", () => {
    const want = csv("median").median!;
    const s = scoreUnits(fw("median", false), withY);
    s.units.forEach((r, u) => {
      close(r.components.a, want[u] ?? null);
    });
  });

  it("the framework-wide aggregation applies where a component names none; composites geometricMean, harmonicMean, median", () => {
    const base = {
      id: "c",
      name,
      components: [{ id: "a" }, { id: "b" }, { id: "c" }],
      indicators: [
        { id: "p", component: "a", direction: "higher" },
        { id: "q", component: "b", direction: "higher" },
        { id: "r", component: "c", direction: "higher" },
      ],
    } as const;
    const rs: UnitRow[] = [
      { unit: "A", indicators: { p: 0, q: 0, r: 10 } },
      { unit: "B", indicators: { p: 10, q: 10, r: 0 } },
    ];
    // Scores (minmax 1–10): A = 1, 1, 10; B = 10, 10, 1.
    // A mean of any kind lies on the components' range.
    expect(defineFramework({ ...base, composite: "geometricMean" }).composite.scale).toEqual({ min: 1, max: 10 });
    expect(defineFramework({ ...base, composite: "median" }).composite.scale).toEqual({ min: 1, max: 10 });
    const g = scoreUnits(defineFramework({ ...base, composite: "geometricMean" }), rs);
    expect(g.units.map((u) => u.composite)).toEqual([2.15, 4.64]); // ∛10, ∛100
    const h = scoreUnits(defineFramework({ ...base, composite: "harmonicMean" }), rs);
    expect(h.units.map((u) => u.composite)).toEqual([1.43, 2.5]); // 3/2.1, 3/1.2
    const m = scoreUnits(defineFramework({ ...base, composite: "median" }), rs);
    expect(m.units.map((u) => [u.composite, u.rank])).toEqual([
      [1, 2],
      [10, 1],
    ]);
    const fwAgg = defineFramework({
      ...base,
      indicators: [...base.indicators, { id: "s", component: "a", direction: "higher" }],
      aggregation: "geometricMean",
    });
    const s = scoreUnits(fwAgg, [
      { unit: "A", indicators: { p: 0, q: 0, r: 0, s: 10 } },
      { unit: "B", indicators: { p: 10, q: 10, r: 10, s: 0 } },
    ]);
    expect(s.units[0]!.components.a).toBe(3.16); // √(1·10)
  });
});

describe("bad input", () => {
  it("a score ≤ 0 under a geometric mean is an error naming the unit, component and indicator", () => {
    const fw = defineFramework({
      id: "z",
      name,
      components: [{ id: "a", aggregation: "geometricMean" }],
      indicators: [
        { id: "p", component: "a", direction: "higher", normalization: { method: "borda" } },
        { id: "q", component: "a", direction: "higher" },
      ],
    });
    const e = thrown(() =>
      scoreUnits(fw, [
        { unit: "Lạng Sơn", indicators: { p: 1, q: 2 } },
        { unit: "Cao Bằng", indicators: { p: 2, q: 3 } },
      ]),
    );
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.message).toMatch(/Lạng Sơn.*"a".*"p".*geometric mean/);
    expect(e.details).toMatchObject({ unit: "Lạng Sơn", component: "a", indicator: "p" });
    expect(JSON.stringify(e)).not.toMatch(/NaN/);
  });
  it("a score of 0 under a harmonic mean is an error", () => {
    const fw = defineFramework({
      id: "z",
      name,
      components: [{ id: "a", aggregation: "harmonicMean" }],
      indicators: [
        { id: "p", component: "a", direction: "higher", normalization: { method: "borda" } },
        { id: "q", component: "a", direction: "higher" },
      ],
    });
    expect(
      thrown(() =>
        scoreUnits(fw, [
          { unit: "A", indicators: { p: 1, q: 2 } },
          { unit: "B", indicators: { p: 2, q: 3 } },
        ]),
      ).details,
    ).toMatchObject({ unit: "A", indicator: "p" });
  });
  it("an unknown reference unit, or one without a value, is an error before any work", () => {
    const fw = oneComponent({ method: "distanceToReference", unit: "Nowhere", cap: false });
    expect(thrown(() => scoreUnits(fw, rows)).path).toEqual(["framework", "indicators", 0, "normalization", "unit"]);
    const fw2 = oneComponent({ method: "distanceToReference", unit: "U8", cap: false });
    expect(thrown(() => scoreUnits(fw2, rows)).message).toMatch(/U8.*no value/);
  });
  it("zscore with sd ≤ 0, an unknown method or aggregation, and decimals > 6 without such a method are refused", () => {
    for (const sd of [0, -1]) expect(thrown(() => oneComponent({ method: "zscore", mean: 0, sd })).code).toBe("INVALID_FRAMEWORK");
    expect(thrown(() => oneComponent({ method: "zscore", mean: 0, sd: Number.NaN })).code).toBe("INVALID_FRAMEWORK");
    expect(thrown(() => oneComponent({ method: "rank2" } as never)).code).toBe("INVALID_FRAMEWORK");
    expect(thrown(() => oneComponent({ method: "rank" }, { aggregation: "mode" })).code).toBe("INVALID_FRAMEWORK");
    expect(thrown(() => oneComponent({ method: "rank" }, { decimals: 11 })).code).toBe("INVALID_FRAMEWORK");
    const e = thrown(() => oneComponent({ method: "minmax" }, { decimals: 7 }));
    expect(e.message).toMatch(/up to 10/);
    expect(e.messageVi).toMatch(/đến 10/);
  });
  it("constant columns under a method that divides by their range are errors, not NaN", () => {
    const fw = defineFramework({
      id: "z",
      name,
      components: [{ id: "a" }],
      indicators: [{ id: "p", component: "a", direction: "higher", normalization: { method: "distanceToMax" } }],
    });
    expect(
      thrown(() =>
        scoreUnits(fw, [
          { unit: "A", indicators: { p: 1 } },
          { unit: "B", indicators: { p: 1 } },
        ]),
      ).message,
    ).toMatch(/range/);
  });
  it("what-if rescores such frameworks; solve-for answers them by search (see whatif-search.test.ts)", () => {
    const fw = oneComponent({ method: "rank" });
    const changed = rows.map((r) => (r.unit === "U1" ? { ...r, indicators: { ...r.indicators, x1: 3 } } : r));
    const after = scoreUnits(fw, changed).units[0]!;
    expect(whatIf(fw, rows, { unit: "U1", changes: { x1: 3 } }).moved.find((m) => m.unit === "U1")!.after.composite).toBe(after.composite);
    const solved = solveFor(fw, rows, { unit: "U1", component: "a", target: 7 });
    expect(solved.indicators.every((i) => !i.feasible || i.verified)).toBe(true);
  });
});

describe("properties", () => {
  const col = fc
    .array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }), { minLength: 3, maxLength: 12 })
    .filter((xs) => xs.filter((x) => x !== null).length >= 2);
  prop.prop([col, fc.constantFrom("rank", "percentRank", "borda"), fc.constantFrom("higher", "lower")])(
    "rank-based scores are unchanged by any increasing transform of a column",
    (xs, method, direction) => {
      const fw = defineFramework({
        id: "r",
        name,
        components: [{ id: "a" }],
        indicators: [{ id: "v", component: "a", direction, normalization: { method } }],
        decimals: 6,
      } as Parameters<typeof defineFramework>[0]);
      const run = (f: (x: number) => number) =>
        scoreUnits(
          fw,
          xs.map((x, u) => ({ unit: `U${u}`, indicators: { v: x === null ? null : f(x) } })),
        ).units.map((r) => r.indicators.v);
      const base = run((x) => x);
      expect(run((x) => x ** 3 + 7)).toEqual(base);
      expect(run((x) => Math.exp(x / 300))).toEqual(base);
      expect(run((x) => 2 * x - 5.5)).toEqual(base);
    },
  );
});
