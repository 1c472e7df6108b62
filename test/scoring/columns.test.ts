import { describe, expect, it, vi } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import DecimalJs from "decimal.js";
import { aggregateSurvey, defineFramework, publishedScoreCard, scoreColumns, scoreUnits, type Framework, type UnitRow } from "../../src/index";
import { computeRaw, keyTablesAlways, prepare, ranksOf, roundAll, toScoring, type Prepared } from "../../src/scoring/stages";
import { configure } from "../../src/scoring/codegen";

/** A row result built by one of the engine's ways: float or keys ("always": keys at any size), generated code or not. */
function built(p: Prepared, keyed: boolean | "always", generate: boolean): string {
  keyTablesAlways(keyed === "always");
  configure({ jitless: !generate });
  try {
    return JSON.stringify(toScoring(roundAll(computeRaw(p, keyed !== false))));
  } finally {
    keyTablesAlways(false);
    configure({ jitless: false });
  }
}
import { thrown } from "../foundation/helpers";
import { arbFrameworkCase } from "../../src/testing";

// Property tests of many runs: room for a loaded machine (the default is 5 s).
vi.setConfig({ testTimeout: 60_000 });

/** A second, independent Decimal at 60 digits: the reference of exactness. */
const D60 = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });
const r2 = (x: InstanceType<typeof D60>): number => {
  const n = Number(x.toDecimalPlaces(2, D60.ROUND_HALF_UP).toFixed());
  return n === 0 ? 0 : n;
};

/** Reference scoring (minmax on [1, 10], mean, sum) in 60-digit Decimal. */
function reference(fw: Framework, rows: readonly UnitRow[]) {
  const ids = fw.indicators.map((i) => i.id);
  const val = (u: number, id: string) => rows[u]!.indicators[id] as number | null | undefined;
  const norm = rows.map(() => new Map<string, InstanceType<typeof D60>>());
  for (const ind of fw.indicators) {
    const present = rows.map((_, u) => val(u, ind.id)).filter((v): v is number => v !== null && v !== undefined);
    if (present.length === 0) continue;
    const lo = new D60(String(Math.min(...present)));
    const hi = new D60(String(Math.max(...present)));
    rows.forEach((_, u) => {
      const v = val(u, ind.id);
      if (v === null || v === undefined) return;
      let s: InstanceType<typeof D60>;
      if (lo.eq(hi)) s = new D60(5.5);
      else {
        const t = new D60(String(v)).minus(lo).div(hi.minus(lo));
        s = ind.direction === "lower" ? new D60(10).minus(t.times(9)) : new D60(1).plus(t.times(9));
      }
      norm[u]!.set(ind.id, s);
    });
  }
  return rows.map((_, u) => {
    const comps = fw.components.map((c) => {
      const mine = fw.indicators.filter((i) => i.component === c.id);
      const have = mine.filter((i) => norm[u]!.has(i.id));
      if (have.length * 2 < mine.length) return null;
      return have.reduce((a, i) => a.plus(norm[u]!.get(i.id)!), new D60(0)).div(have.length);
    });
    const composite = comps.some((c) => c === null) ? null : comps.reduce((a, c) => a!.plus(c!), new D60(0))!;
    return {
      indicators: Object.fromEntries(ids.map((id) => [id, norm[u]!.has(id) ? r2(norm[u]!.get(id)!) : null])),
      components: Object.fromEntries(fw.components.map((c, k) => [c.id, comps[k] === null ? null : r2(comps[k]!)])),
      composite: composite === null ? null : r2(composite),
    };
  });
}

// Many ties: one-decimal percentages from a small pool, so min, max and x.xx5 results recur.
const tieArb = fc
  .record({
    sizes: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    lower: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    pool: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 6 }),
  })
  .chain(({ sizes, lower, pool }) => {
    const indicators = [...Array(sizes[0]).keys()]
      .map((i) => ({ id: `a${i}`, component: "a", direction: lower[i] ? ("lower" as const) : ("higher" as const) }))
      .concat([...Array(sizes[1]).keys()].map((i) => ({ id: `b${i}`, component: "b", direction: lower[4 + i] ? ("lower" as const) : ("higher" as const) })));
    const fw = defineFramework({ id: "t", name: { vi: "T", en: "T" }, components: [{ id: "a" }, { id: "b" }], indicators });
    const value = fc.option(
      fc.oneof(fc.constantFrom(...pool), fc.integer({ min: 0, max: 1000 })).map((x) => x / 10),
      { freq: 12, nil: null },
    );
    return fc.tuple(fc.constant(fw), fc.array(fc.tuple(...indicators.map(() => value)), { minLength: 2, maxLength: 40 })).map(([f, vals]) => ({
      fw: f,
      rows: vals.map((vs, u) => ({ unit: `U${u}`, indicators: Object.fromEntries(indicators.map((ind, i) => [ind.id, vs[i]!])) })) as UnitRow[],
    }));
  });

const columnsOf = (fw: Framework, rows: readonly UnitRow[]) => ({
  units: rows.map((r) => r.unit),
  columns: Object.fromEntries(fw.indicators.map((ind) => [ind.id, Float64Array.from(rows, (r) => (r.indicators[ind.id] ?? Number.NaN) as number)])),
});

/** Every number anywhere in a value is finite and not −0. */
function allClean(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value === "object" && value !== null) return Object.values(value).every(allClean);
  return true;
}

describe("exactness", () => {
  prop.prop([tieArb], { numRuns: 200 })("every rounded score, component and composite equals a 60-digit Decimal reference", ({ fw, rows }) => {
    const s = scoreUnits(fw, rows);
    const ref = reference(fw, rows);
    s.units.forEach((u, k) => {
      expect(u.indicators).toEqual(ref[k]!.indicators);
      expect(u.components).toEqual(ref[k]!.components);
      expect(u.composite).toBe(ref[k]!.composite);
    });
  });

  prop.prop([tieArb], { numRuns: 150 })("scoreColumns gives the numbers of scoreUnits", ({ fw, rows }) => {
    const s = scoreUnits(fw, rows);
    const c = scoreColumns(fw, columnsOf(fw, rows));
    const nul = (x: number) => (Number.isNaN(x) ? null : x);
    s.units.forEach((u, k) => {
      fw.indicators.forEach((ind) => {
        expect(nul(c.scores[ind.id]![k]!)).toBe(u.indicators[ind.id]);
      });
      fw.components.forEach((comp) => {
        expect(nul(c.components[comp.id]![k]!)).toBe(u.components[comp.id]);
      });
      expect(nul(c.composite[k]!)).toBe(u.composite);
      expect(c.rank[k] === 0 ? null : c.rank[k]).toBe(u.rank);
    });
    expect(c.indicators).toEqual(s.indicators);
    expect(c.findings).toEqual(s.findings);
  });

  prop.prop([tieArb], { numRuns: 60 })(
    "the generated record factories, the plain loops, shared boxes and plain numbers build identical results",
    ({ fw, rows }) => {
      const p = prepare(fw, rows);
      const build = (keyed: boolean | "always", generate: boolean) => built(p, keyed, generate);
      const reference = build(false, false);
      expect(build(false, true)).toBe(reference);
      expect(build("always", false)).toBe(reference);
      expect(build("always", true)).toBe(reference);
      expect(build(true, true)).toBe(reference);
      keyTablesAlways(true);
      expect(roundAll(computeRaw(p, true)).keyed).not.toBeNull();
      keyTablesAlways(false);
    },
  );

  prop.prop([arbFrameworkCase({ maxUnits: 40 })], { numRuns: 150 })(
    "scores rounded to keys as they are normalised equal scores rounded as values, for every normalisation, weighting, composite rule and scale",
    ({ spec, rows }) => {
      const f = defineFramework(spec);
      const p = prepare(f, rows);
      const reference = built(p, false, false);
      expect(built(p, "always", true)).toBe(reference);
      expect(JSON.stringify(scoreUnits(f, rows))).toBe(reference);
    },
  );

  prop.prop([tieArb], { numRuns: 60 })("rows built property by property score like rows built with Object.fromEntries", ({ fw, rows }) => {
    const rebuilt = rows.map((r) => {
      const ind: Record<string, number | null> = {};
      for (const id of Object.keys(r.indicators).reverse()) ind[id] = r.indicators[id] as number | null;
      return { unit: r.unit, indicators: ind };
    });
    expect(scoreUnits(fw, rebuilt)).toEqual(scoreUnits(fw, rows));
  });
});

describe("ranks", () => {
  // Narrow: at most 1,001 keys, so ranksOf(…, 2) counts (it counts up to 4n + 4096 keys); wide: up
  // to 10,001 keys, so with fewer than 1,477 values it may sort.
  const value = (max: number) =>
    fc.option(
      fc.integer({ min: -max, max }).map((x) => x / 100),
      { nil: Number.NaN, freq: 10 },
    );
  const narrow = fc.array(value(500), { minLength: 40, maxLength: 300 });
  const wide = fc.array(value(5000), { minLength: 1, maxLength: 300 });
  prop.prop([fc.oneof(narrow, wide)])("ranking by counting equals ranking by sorting (standard competition ranks)", (vals) => {
    expect(Array.from(ranksOf(vals, 2))).toEqual(Array.from(ranksOf(vals)));
    const v = vals.filter((x) => x === x);
    vals.forEach((x, u) => {
      expect(ranksOf(vals)[u]).toBe(x === x ? 1 + v.filter((y) => y > x).length : 0);
    });
  });
});

describe("every finite double: exact or refused, never Infinity, NaN or −0", () => {
  const fw = defineFramework({
    id: "x",
    name: { vi: "X", en: "X" },
    components: [{ id: "c" }],
    indicators: [
      { id: "a", component: "c", direction: "higher" },
      { id: "b", component: "c", direction: "lower" },
    ],
  });
  const score = (rows: UnitRow[]) => scoreUnits(fw, rows).units.map((u) => [u.indicators.a, u.indicators.b, u.components.c, u.composite]);

  it("1e21 (used to crash the BigInt path)", () => {
    const s = scoreUnits(fw, [
      { unit: "A", indicators: { a: 1e21, b: 1 } },
      { unit: "B", indicators: { a: 0, b: 2 } },
      { unit: "C", indicators: { a: 5e20, b: 3 } },
    ]);
    expect(s.units.map((u) => [u.indicators.a, u.indicators.b, u.components.c])).toEqual([
      [10, 10, 10],
      [1, 5.5, 3.25],
      [5.5, 1, 3.25],
    ]);
    expect(allClean(s)).toBe(true);
  });

  it("1e308 and −1e308 in the data", () => {
    const rows = [
      { unit: "A", indicators: { a: 1e308, b: -1e308 } },
      { unit: "B", indicators: { a: -1e308, b: 1e308 } },
      { unit: "C", indicators: { a: 5e-324, b: 0 } },
    ];
    expect(score(rows)).toEqual([
      [10, 10, 10, 10],
      [1, 1, 1, 1],
      [5.5, 5.5, 5.5, 5.5],
    ]);
    expect(allClean(scoreUnits(fw, rows))).toBe(true);
  });

  it("5e-324 (the smallest double) as data and as the spread", () => {
    const rows = [
      { unit: "A", indicators: { a: 5e-324, b: 0 } },
      { unit: "B", indicators: { a: 0, b: 5e-324 } },
      { unit: "C", indicators: { a: 1e-323, b: 1e-323 } },
    ];
    expect(score(rows)).toEqual([
      [5.5, 10, 7.75, 7.75],
      [1, 5.5, 3.25, 3.25],
      [10, 1, 5.5, 5.5],
    ]);
  });

  it("a range of [−1e308, 1e308] is refused by defineFramework (it gave Infinity)", () => {
    const e = thrown(() =>
      defineFramework({
        id: "b",
        name: { vi: "B", en: "B" },
        normalization: { method: "minmax", range: [-1e308, 1e308] },
        components: [{ id: "c" }],
        indicators: [{ id: "a", component: "c", direction: "higher" }],
      }),
    );
    expect([e.code, e.path]).toEqual(["INVALID_FRAMEWORK", ["normalization", "range", 0]]);
  });

  it("the widest range allowed, [−1e15, 1e15], scores exactly", () => {
    const big = defineFramework({
      id: "b",
      name: { vi: "B", en: "B" },
      normalization: { method: "minmax", range: [-1e15, 1e15] },
      components: [{ id: "c" }, { id: "d" }],
      indicators: [
        { id: "a", component: "c", direction: "higher" },
        { id: "b", component: "d", direction: "lower" },
      ],
    });
    const s = scoreUnits(big, [
      { unit: "A", indicators: { a: 1, b: 1 } },
      { unit: "B", indicators: { a: 2, b: 3 } },
      { unit: "C", indicators: { a: 1.5, b: 2.5 } },
    ]);
    expect(s.units.map((u) => [u.indicators.a, u.indicators.b, u.composite])).toEqual([
      [-1e15, 1e15, 0],
      [1e15, -1e15, 0],
      [0, -500000000000000, -500000000000000],
    ]);
    expect(allClean(s)).toBe(true);
  });

  it.each([
    ["a 400-digit number", "1" + "0".repeat(400)],
    ["a number that underflows", `0.${"0".repeat(400)}1`],
    ["more digits than a double keeps", "0.1234567890123456789"],
  ])("refuses %s as a string with OUT_OF_RANGE (it used to score null)", (_n, v) => {
    const e = thrown(() =>
      scoreUnits(fw, [
        { unit: "A", indicators: { a: v, b: 0 } },
        { unit: "B", indicators: { a: 0, b: 1 } },
      ]),
    );
    expect([e.code, e.path]).toEqual(["OUT_OF_RANGE", [0, "indicators", "a"]]);
  });

  it("a 17-digit string that a double holds exactly is accepted", () => {
    expect(
      score([
        { unit: "A", indicators: { a: "0.30000000000000004", b: 0 } },
        { unit: "B", indicators: { a: "0.3", b: 1 } },
      ]),
    ).toEqual([
      [10, 10, 10, 10],
      [1, 1, 1, 1],
    ]);
  });

  it("survey answers of 1e308 average exactly (they gave Infinity)", () => {
    const agg = aggregateSurvey(
      [
        { unit: "A", answers: { n: 1e308 } },
        { unit: "A", answers: { n: 1e308 } },
      ],
      [{ id: "n", type: "numeric" }],
      { minResponses: 0 },
    );
    expect(agg.units[0]!.indicators.n).toBe(1e308);
    expect(allClean(agg)).toBe(true);
  });

  it("survey weights of 1e308 weigh exactly (they gave NaN)", () => {
    const agg = aggregateSurvey(
      [1, 2, 2].map((n, i) => ({ unit: "A", weight: 1e308, answers: { n, y: i === 0 } })),
      [
        { id: "n", type: "numeric" },
        { id: "y", type: "yesNo" },
      ],
      { minResponses: 0 },
    );
    expect(agg.units[0]!.indicators).toEqual({ n: 1.67, y: 33.33 });
    expect(allClean(agg)).toBe(true);
  });

  it("survey ties are exact: weighted decimal answers on x.xx5", () => {
    const agg = aggregateSurvey(
      [
        { unit: "A", weight: 0.1, answers: { n: 0.005 } },
        { unit: "A", weight: 0.2, answers: { n: 0.005 } },
        { unit: "B", answers: { n: 1.004 } },
        { unit: "B", answers: { n: 1.006 } },
      ],
      [{ id: "n", type: "numeric" }],
      { minResponses: 0 },
    );
    expect(agg.units.map((u) => u.indicators.n)).toEqual([0.01, 1.01]);
  });

  prop.prop([fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -100000, max: 100000 }), fc.boolean()), { minLength: 1, maxLength: 30 })], {
    numRuns: 150,
  })("survey shares and means equal a 60-digit Decimal reference", (answers) => {
    const responses = answers.map(([w, x, y]) => ({ unit: "A", weight: w / 10, answers: { n: x / 1000, y } }));
    const agg = aggregateSurvey(
      responses,
      [
        { id: "n", type: "numeric" },
        { id: "y", type: "yesNo" },
      ],
      { minResponses: 0 },
    );
    let sw = new D60(0);
    let swx = new D60(0);
    let swy = new D60(0);
    for (const [w, x, y] of answers) {
      sw = sw.plus(new D60(w).div(10));
      swx = swx.plus(new D60(w).div(10).times(new D60(x).div(1000)));
      if (y) swy = swy.plus(new D60(w).div(10));
    }
    expect(agg.units[0]!.indicators).toEqual({ n: r2(swx.div(sw)), y: r2(swy.div(sw).times(100)) });
  });
});

describe("scoreColumns: input", () => {
  const fw = defineFramework({
    id: "x",
    name: { vi: "X", en: "X" },
    components: [{ id: "c" }],
    indicators: [
      { id: "a", component: "c", direction: "higher" },
      { id: "b", component: "c", direction: "lower" },
    ],
  });

  it("takes number arrays with null, NaN and absent columns as missing, and carries groups", () => {
    const s = scoreColumns(fw, {
      units: [" A ", "B", "C"],
      groups: ["north", null, "south"],
      columns: { a: [1, null, 3], b: new Float64Array([Number.NaN, 2, 4]) },
    });
    expect(s.units).toEqual(["A", "B", "C"]);
    expect(s.groups).toEqual(["north", null, "south"]);
    expect(Array.from(s.scores.a!)).toEqual([1, Number.NaN, 10]);
    expect(Array.from(s.components.c!)).toEqual([1, 10, 5.5]);
    expect(Array.from(s.rank)).toEqual([3, 1, 2]);
    const t = scoreColumns(fw, { units: ["A", "B"], columns: { a: [1, 2] } });
    expect(Array.from(t.composite)).toEqual([1, 10]); // half of c's indicators is enough
    expect(t.findings.map((f) => f.code)).toEqual(["ALL_MISSING"]);
  });

  it("does not change or keep the input columns", () => {
    const a = new Float64Array([1, -0, 3]);
    const s = scoreColumns(fw, { units: ["A", "B", "C"], columns: { a, b: [1, 2, 3] } });
    expect(Object.is(a[1], -0)).toBe(true);
    expect(s.indicators[0]!.min).toBe(0);
    expect(Object.is(s.indicators[0]!.min, -0)).toBe(false);
    expect(s.scores.a!.buffer).not.toBe(a.buffer);
  });

  it.each([
    ["no object", null, "INVALID_INPUT", []],
    ["no units", { units: [], columns: {} }, "INVALID_INPUT", ["units"]],
    ["a blank unit", { units: ["A", " "], columns: {} }, "INVALID_INPUT", ["units", 1]],
    ["a unit twice", { units: ["A", "a"], columns: {} }, "DUPLICATE_UNIT", ["units", 1]],
    ["groups of the wrong length", { units: ["A"], groups: [], columns: {} }, "INVALID_INPUT", ["groups"]],
    ["a group that is not a string", { units: ["A"], groups: [1], columns: {} }, "INVALID_INPUT", ["groups", 0]],
    ["columns that are not an object", { units: ["A"], columns: [] }, "INVALID_INPUT", ["columns"]],
    ["an unknown column", { units: ["A"], columns: { z: [1] } }, "UNKNOWN_INDICATOR", ["columns", "z"]],
    ["a __proto__ column", { units: ["A"], columns: JSON.parse('{"__proto__": [1]}') }, "UNSAFE_KEY", ["columns", "__proto__"]],
    ["a column that is not an array", { units: ["A"], columns: { a: "1" } }, "INVALID_INPUT", ["columns", "a"]],
    ["a column of the wrong length", { units: ["A", "B"], columns: { a: [1] } }, "INVALID_INPUT", ["columns", "a"]],
    ["Infinity in a Float64Array", { units: ["A"], columns: { a: new Float64Array([Number.POSITIVE_INFINITY]) } }, "INVALID_NUMBER", ["columns", "a", 0]],
    ["-Infinity in an array", { units: ["A", "B"], columns: { a: [1, Number.NEGATIVE_INFINITY] } }, "INVALID_NUMBER", ["columns", "a", 1]],
    ["a string in an array", { units: ["A"], columns: { a: ["1"] } }, "INVALID_NUMBER", ["columns", "a", 0]],
  ])("refuses %s", (_n, input, code, path) => {
    const e = thrown(() => scoreColumns(fw, input as never));
    expect([e.code, e.path]).toEqual([code, path]);
  });
});

describe("publishedScoreCard lookups", () => {
  it("a repeated lookup returns the same frozen card, by any spelling", () => {
    const a = publishedScoreCard("Lạng Sơn", 2023);
    const b = publishedScoreCard("lang son", 2023);
    expect(b).toBe(a);
    expect(Object.isFrozen(a.scores)).toBe(true);
    expect(a.composite).toBe(17.33);
  });
});
