import { describe, expect, it, vi } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { arbFrameworkCase } from "../../src/testing";
import { defineFramework, PGI, scoreUnits, solveFor, toCsv, toMarkdown, whatIf, type UnitRow } from "../../src/index";
import { computeRaw, prepare } from "../../src/scoring/stages";
import { thrown } from "../foundation/helpers";
import { textbookFloat, textbookRounded } from "./textbook";

// Property tests of many runs: room for a loaded machine (the default is 5 s).
vi.setConfig({ testTimeout: 60_000 });

/** A worked example: env (i1 higher, i2 lower, i3 constant) and gov (i4, i5, each with a gap). */
const fw = defineFramework({
  id: "worked",
  name: { vi: "Ví dụ", en: "Worked example" },
  components: [{ id: "env" }, { id: "gov" }],
  indicators: [
    { id: "i1", component: "env", direction: "higher" },
    { id: "i2", component: "env", direction: "lower" },
    { id: "i3", component: "env", direction: "higher" },
    { id: "i4", component: "gov", direction: "higher" },
    { id: "i5", component: "gov", direction: "higher" },
  ],
});
const rows: UnitRow[] = [
  { unit: "A", indicators: { i1: 10, i2: 5, i3: 7, i4: 100, i5: null } },
  { unit: "B", indicators: { i1: 20, i2: 3, i3: 7, i4: 50, i5: 2 } },
  { unit: "C", indicators: { i1: 30, i2: 1, i3: 7, i4: 0, i5: 4 } },
  { unit: "D", indicators: { i1: 40, i2: 9, i3: 7, i5: 6 } },
  { unit: "E", indicators: { i1: "25", i2: "5,0", i3: 7, i4: null, i5: null } },
];

describe("scoreUnits: the worked example, by hand", () => {
  const s = scoreUnits(fw, rows);
  const by = (u: string) => s.units.find((x) => x.unit === u)!;

  it("normalises min–max to 1–10, reversed for 'lower', missing values left out", () => {
    expect(by("A").indicators).toEqual({ i1: 1, i2: 5.5, i3: 5.5, i4: 10, i5: null });
    expect(by("B").indicators).toEqual({ i1: 4, i2: 7.75, i3: 5.5, i4: 5.5, i5: 1 });
    expect(by("C").indicators).toEqual({ i1: 7, i2: 10, i3: 5.5, i4: 1, i5: 5.5 });
    expect(by("D").indicators).toEqual({ i1: 10, i2: 1, i3: 5.5, i4: null, i5: 10 });
  });

  it("averages present indicators; half present is enough, fewer is null with a finding", () => {
    expect(s.units.map((u) => [u.unit, u.components.env, u.components.gov, u.composite, u.rank])).toEqual([
      ["A", 4, 10, 14, 2],
      ["B", 5.75, 3.25, 9, 4],
      ["C", 7.5, 3.25, 10.75, 3],
      ["D", 5.5, 10, 15.5, 1],
      ["E", 5.5, null, null, null],
    ]);
    const missing = s.findings.filter((f) => f.code === "MISSING_COMPONENT");
    expect(missing.map((f) => [f.details.unit, f.details.component, f.details.present, f.details.total])).toEqual([["E", "gov", 0, 2]]);
  });

  it("a constant indicator gives the middle of the range with a warning, never NaN", () => {
    const c = s.findings.filter((f) => f.code === "CONSTANT_INDICATOR");
    expect(c.map((f) => [f.severity, f.details.indicator])).toEqual([["warning", "i3"]]);
    expect(s.indicators.find((i) => i.id === "i3")).toEqual({ id: "i3", min: 7, max: 7, missing: 0, constant: true });
    expect(s.indicators.find((i) => i.id === "i4")).toEqual({ id: "i4", min: 0, max: 100, missing: 2, constant: false });
  });

  it("is frozen and JSON-stable", () => {
    expect(Object.isFrozen(s.units[0]!.indicators)).toBe(true);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it("renders", () => {
    expect(toMarkdown(s, { lang: "en" })).toMatch(/\|\s+1 \| D\s+\|\s+5.50 \|\s+10.00 \|\s+15.50 \|/);
    expect(toCsv(s).split("\r\n")[1]).toBe('A,,"1,00","5,50","5,50","10,00",,"4,00","10,00","14,00",2');
  });
});

describe("scoreUnits: other normalisations", () => {
  it("goalposts clamp to fixed bounds; distance to target as the EPI does", () => {
    const g = defineFramework({
      id: "g",
      name: { vi: "G", en: "G" },
      components: [{ id: "c" }],
      indicators: [
        { id: "bins", component: "c", direction: "higher", normalization: { method: "goalposts", min: 0, max: 100 } },
        { id: "pm25", component: "c", direction: "lower", normalization: { method: "distanceToTarget", low: 50, target: 10 } },
      ],
    });
    const s = scoreUnits(g, [
      { unit: "X", indicators: { bins: 90, pm25: 30 } },
      { unit: "Y", indicators: { bins: 120, pm25: 5 } },
      { unit: "Z", indicators: { bins: -5, pm25: 80 } },
    ]);
    expect(s.units.map((u) => [u.indicators.bins, u.indicators.pm25, u.components.c])).toEqual([
      [9.1, 5.5, 7.3],
      [10, 10, 10],
      [1, 1, 1],
    ]);
  });

  it("weighted means and weighted sums", () => {
    const w = defineFramework({
      id: "w",
      name: { vi: "W", en: "W" },
      aggregation: "weightedMean",
      composite: "weightedSum",
      components: [
        { id: "a", weight: 2 },
        { id: "b", weight: 1 },
      ],
      indicators: [
        { id: "x", component: "a", direction: "higher", weight: 3 },
        { id: "y", component: "a", direction: "higher", weight: 1 },
        { id: "z", component: "b", direction: "higher" },
      ],
    });
    expect(w.composite.scale).toEqual({ min: 3, max: 30 });
    const s = scoreUnits(w, [
      { unit: "P", indicators: { x: 1, y: 0, z: 0 } },
      { unit: "Q", indicators: { x: 0, y: 1, z: 1 } },
    ]);
    expect(s.units.map((u) => [u.components.a, u.components.b, u.composite])).toEqual([
      [7.75, 1, 16.5],
      [3.25, 10, 16.5],
    ]);
    expect(s.units.map((u) => u.rank)).toEqual([1, 1]);
  });
});

describe("scoreUnits: bad input", () => {
  it.each([
    ["no rows", [], "INVALID_INPUT", ["rows"]],
    ["a unit twice", [rows[0], { ...rows[1], unit: "a" }], "DUPLICATE_UNIT", [1, "unit"]],
    ["an unknown indicator", [{ unit: "A", indicators: { i1: 1, i9: 2 } }], "UNKNOWN_INDICATOR", [0, "indicators", "i9"]],
    ["a __proto__ key", [{ unit: "A", indicators: JSON.parse('{"i1": 1, "__proto__": 2}') }], "UNSAFE_KEY", [0, "indicators", "__proto__"]],
    ["NaN", [{ unit: "A", indicators: { i1: Number.NaN } }], "INVALID_NUMBER", [0, "indicators", "i1"]],
    ["Infinity", [{ unit: "A", indicators: { i1: Number.POSITIVE_INFINITY } }], "INVALID_NUMBER", [0, "indicators", "i1"]],
    ['"abc"', [{ unit: "A", indicators: { i1: "abc" } }], "INVALID_NUMBER", [0, "indicators", "i1"]],
    ['""', [{ unit: "A", indicators: { i1: "" } }], "INVALID_NUMBER", [0, "indicators", "i1"]],
    ["a boolean", [{ unit: "A", indicators: { i1: true } }], "INVALID_NUMBER", [0, "indicators", "i1"]],
    ["an empty unit", [{ unit: " ", indicators: {} }], "INVALID_INPUT", [0, "unit"]],
    ["an unknown row field", [{ unit: "A", indicators: {}, score: 1 }], "INVALID_INPUT", [0, "score"]],
    ["indicators not an object", [{ unit: "A", indicators: [1, 2] }], "INVALID_INPUT", [0, "indicators"]],
  ] as const)("refuses %s", (_n, value, code, path) => {
    const e = thrown(() => scoreUnits(fw, value as never));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it("refuses the built-in PGI (its indicators are not published)", () => {
    expect(thrown(() => scoreUnits(PGI, rows)).code).toBe("INVALID_FRAMEWORK");
  });

  it("never changes its input", () => {
    const copy = structuredClone(rows);
    scoreUnits(fw, rows);
    whatIf(fw, rows, { unit: "A", changes: { i1: 50 } });
    solveFor(fw, rows, { unit: "B", component: "env", target: 7 });
    expect(rows).toEqual(copy);
  });
});

describe("whatIf", () => {
  it("reports every unit that moved, including others when a maximum moves", () => {
    const w = whatIf(fw, rows, { unit: "D", changes: { i1: 30 } });
    // D's i1 was the maximum (40): with 30, C shares the top and every other unit's i1 score rises
    expect(w.moved.map((m) => m.unit)).toEqual(["D", "A", "B", "C", "E"].filter((u) => w.moved.some((m) => m.unit === u)));
    expect(w.moved[0]!.unit).toBe("D");
    expect(w.othersMoved).toBe(true);
    expect(w.moved.find((m) => m.unit === "C")!.after.components.env).toBe(8.5);
    expect(w.note.en).toContain("other units");
    expect(toMarkdown(w)).toContain("Giả định: D — i1 = 30");
  });

  it("refuses unknown units and indicators", () => {
    expect(thrown(() => whatIf(fw, rows, { unit: "Z", changes: {} })).code).toBe("UNKNOWN_UNIT");
    expect(thrown(() => whatIf(fw, rows, { unit: "A", changes: { i9: 1 } })).path).toEqual(["changes", "i9"]);
    expect(thrown(() => whatIf(fw, rows, { unit: "A", changes: { i1: "x" } })).path).toEqual(["changes", "i1"]);
  });
});

describe("solveFor", () => {
  it("the raw value each env indicator needs for B to reach 7", () => {
    const s = solveFor(fw, rows, { unit: "B", component: "env", target: 7 });
    expect(s.currentScore).toBe(5.75);
    // i1: needs (7·3 − 7.75 − 5.5)/1 = 7.75 → 10 + 6.75/9·30 = 32.5 → 33 at the data's precision (whole numbers)
    expect(s.indicators.map((i) => [i.id, i.required, i.feasible, i.verified])).toEqual([
      ["i1", 33, true, true],
      ["i2", null, false, false],
      ["i3", 8, true, true],
    ]);
    // i2 would need a score of 21 − 4 − 5.5 = 11.5 > 10: at best (4 + 10 + 5.5)/3 = 6.5
    expect(s.indicators[1]!.bestScore).toBe(6.5);
    // i3 is 7 everywhere (constant, 5.5 each): B needs 9.25, so just above the others, 8, which scores 10
    expect(s.indicators[2]!.achievedScore).toBe(7.25);
  });

  it("stays right when the unit becomes the new maximum", () => {
    const s = solveFor(fw, rows, { unit: "A", component: "env", target: 7 });
    const i1 = s.indicators.find((i) => i.id === "i1")!;
    // A needs an i1 score of 7·3 − 5.5 − 5.5 = 10: the top of the range, i.e. the others' maximum
    expect(i1).toMatchObject({ required: 40, feasible: true, verified: true, achievedScore: 7 });
    const over = solveFor(fw, rows, { unit: "A", component: "env", target: 7.5 });
    expect(over.indicators.find((i) => i.id === "i1")).toMatchObject({ feasible: false, bestScore: 7 });
  });

  it("for the composite, and when already met", () => {
    const s = solveFor(fw, rows, { unit: "B", target: 12 });
    expect(s.of).toBe("composite");
    for (const i of s.indicators.filter((x) => x.feasible)) expect(i.achievedScore).toBeGreaterThanOrEqual(12);
    const met = solveFor(fw, rows, { unit: "D", target: 15 });
    expect(met.alreadyMet).toBe(true);
    expect(met.indicators.every((i) => i.change === 0 || i.change === null)).toBe(true);
  });

  it("refuses bad targets", () => {
    expect(thrown(() => solveFor(fw, rows, { unit: "B", component: "env", target: 11 })).code).toBe("OUT_OF_SCALE");
    expect(thrown(() => solveFor(fw, rows, { unit: "B", component: "water", target: 5 })).code).toBe("UNKNOWN_SUBINDEX");
    expect(thrown(() => solveFor(fw, rows, { unit: "B", target: "abc" })).path).toEqual(["target"]);
  });
});

describe("defineFramework: bad specs", () => {
  const ok = { id: "x", name: { vi: "X", en: "X" }, components: [{ id: "a" }], indicators: [{ id: "i", component: "a", direction: "higher" as const }] };
  it.each([
    ["a duplicate component", { ...ok, components: [{ id: "a" }, { id: "a" }] }, ["components", 1, "id"]],
    ["a duplicate indicator", { ...ok, indicators: [ok.indicators[0], ok.indicators[0]] }, ["indicators", 1, "id"]],
    ["an unknown component", { ...ok, indicators: [{ id: "i", component: "b", direction: "higher" }] }, ["indicators", 0, "component"]],
    ["a component without indicators", { ...ok, components: [{ id: "a" }, { id: "b" }] }, ["components", 1]],
    ["a zero weight", { ...ok, components: [{ id: "a", weight: 0 }] }, ["components", 0, "weight"]],
    ["an inverted range", { ...ok, normalization: { method: "minmax", range: [10, 1] } }, ["normalization", "range"]],
    ["a bad direction", { ...ok, indicators: [{ id: "i", component: "a", direction: "up" }] }, ["indicators", 0, "direction"]],
    [
      "a contradictory distance to target",
      { ...ok, indicators: [{ id: "i", component: "a", direction: "higher", normalization: { method: "distanceToTarget", low: 50, target: 10 } }] },
      ["indicators", 0, "direction"],
    ],
    ["a reserved id", { ...ok, components: [{ id: "__proto__" }] }, ["components", 0, "id"]],
    ["an unknown field", { ...ok, weights: [1] }, []],
  ] as const)("refuses %s", (_n, spec, path) => {
    const e = thrown(() => defineFramework(spec as never));
    expect(e.code).toBe("INVALID_FRAMEWORK");
    expect(e.path).toEqual(path);
  });
});

// Random tables: 2–12 units, 2 components of 1–3 indicators, one-decimal values, some missing.
const specArb = fc.record({
  sizes: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
  lower: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
});
const tableArb = specArb.chain(({ sizes, lower }) => {
  const comps = ["a", "b"];
  const indicators = [...Array(sizes[0]).keys()]
    .map((i) => ({ id: `a${i}`, component: "a", direction: lower[i] ? ("lower" as const) : ("higher" as const) }))
    .concat([...Array(sizes[1]).keys()].map((i) => ({ id: `b${i}`, component: "b", direction: lower[3 + i] ? ("lower" as const) : ("higher" as const) })));
  const f = defineFramework({ id: "p", name: { vi: "P", en: "P" }, components: comps.map((id) => ({ id })), indicators });
  const value = fc.option(
    fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
    { freq: 8, nil: null },
  );
  const row = fc.tuple(...indicators.map(() => value));
  return fc.tuple(fc.constant(f), fc.array(row, { minLength: 2, maxLength: 12 })).map(([fw2, vals]) => ({
    fw: fw2,
    rows: vals.map((vs, u) => ({ unit: `U${u}`, indicators: Object.fromEntries(indicators.map((ind, i) => [ind.id, vs[i]!])) })) as UnitRow[],
  }));
});

// Any valid framework (every normalisation, weights, composite rule, ranges [1, 10] and [0, 100]) with 2–12 units.
const anyTableArb = arbFrameworkCase({ minUnits: 2 }).map(({ spec, rows }) => ({ fw: defineFramework(spec), rows }));

describe("scoring properties", () => {
  prop.prop([anyTableArb], { numRuns: 120 })("results do not depend on the order of rows", ({ fw: f, rows: rs }) => {
    const a = scoreUnits(f, rs);
    const b = scoreUnits(f, [...rs].reverse());
    const key = (s: typeof a) => Object.fromEntries(s.units.map((u) => [u.unit, u]));
    expect(key(b)).toEqual(key(a));
  });

  prop.prop([tableArb], { numRuns: 120 })("every normalised score lies within its range, and the best raw value scores the maximum", ({ fw: f, rows: rs }) => {
    const s = scoreUnits(f, rs);
    f.indicators.forEach((ind) => {
      const vals = rs.map((r) => r.indicators[ind.id] as number | null);
      const present = vals.filter((v): v is number => v !== null);
      const best = ind.direction === "higher" ? Math.max(...present) : Math.min(...present);
      const constant = present.length > 0 && Math.max(...present) === Math.min(...present);
      s.units.forEach((u, k) => {
        const v = u.indicators[ind.id]!;
        if (vals[k] === null) {
          expect(v).toBeNull();
          return;
        }
        expect(v).toBeGreaterThanOrEqual(1);
        expect(v).toBeLessThanOrEqual(10);
        if (vals[k] === best && !constant) expect(v).toBe(10);
      });
    });
  });

  prop.prop([tableArb], { numRuns: 120 })("values agree with a textbook implementation to 1e-9 before rounding and exactly after", ({ fw: f, rows: rs }) => {
    const raw = computeRaw(prepare(f, rs), false);
    const tf = textbookFloat(f, rs);
    const tr = textbookRounded(f, rs);
    const s = scoreUnits(f, rs);
    const n = rs.length;
    rs.forEach((_, u) => {
      f.indicators.forEach((_ind, i) => {
        const t = tf.indicators[u]![i]!;
        const mine = raw.v.norm[i * n + u]!;
        if (t === null) expect(Number.isNaN(mine)).toBe(true);
        else expect(Math.abs(mine - t)).toBeLessThan(1e-9);
        expect(s.units[u]!.indicators[f.indicators[i]!.id]).toBe(tr.indicators[u]![i]);
      });
      f.components.forEach((c, k) => {
        const t = tf.components[u]![k]!;
        if (t !== null) expect(Math.abs(raw.v.comp[k * n + u]! - t)).toBeLessThan(1e-9);
        expect(s.units[u]!.components[c.id]).toBe(tr.components[u]![k]);
      });
      expect(s.units[u]!.composite).toBe(tr.composite[u]);
    });
  });

  prop.prop([anyTableArb, fc.nat()], { numRuns: 60 })("whatIf with no change returns identical results", ({ fw: f, rows: rs }, k) => {
    const unit = rs[k % rs.length]!.unit;
    const w = whatIf(f, rs, { unit, changes: {} });
    expect(w.moved).toHaveLength(1);
    expect(w.moved[0]!.before).toEqual(w.moved[0]!.after);
    expect(w.othersMoved).toBe(false);
  });

  prop.prop([tableArb, fc.nat(), fc.integer({ min: 100, max: 1000 })], { numRuns: 60 })(
    "solveFor's answers re-score to ≥ target",
    ({ fw: f, rows: rs }, k, t) => {
      const unit = rs[k % rs.length]!.unit;
      const target = t / 100;
      const before = scoreUnits(f, rs).units[k % rs.length]!.components.a;
      fc.pre(before !== null);
      const s = solveFor(f, rs, { unit, component: "a", target });
      for (const ind of s.indicators) {
        if (!ind.feasible) continue;
        expect(ind.verified).toBe(true);
        const changed = rs.map((r) => (r.unit === unit ? { ...r, indicators: { ...r.indicators, [ind.id]: ind.required } } : r));
        const after = scoreUnits(f, changed).units.find((u) => u.unit === unit)!.components.a!;
        expect(after).toBeGreaterThanOrEqual(target);
      }
    },
  );
});
