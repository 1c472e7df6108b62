import { describe, expect, it } from "vitest";
import { defineFramework, PgiError, scoreUnits, solveFor, whatIf } from "../../src";

function err(f: () => unknown): PgiError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PgiError);
    return e as PgiError;
  }
  throw new Error("expected a PgiError");
}

describe("a weight given is a weight used", () => {
  const base = { id: "dgi", name: { vi: "Chỉ số huyện", en: "District index" } } as const;

  it("refuses a component weight under composite sum or mean, naming weightedSum", () => {
    for (const composite of [undefined, "sum", "mean"] as const) {
      const e = err(() =>
        defineFramework({
          ...base,
          ...(composite ? { composite } : {}),
          components: [{ id: "support", weight: 2 }, { id: "env" }],
          indicators: [
            { id: "a", component: "support", direction: "higher" },
            { id: "b", component: "env", direction: "higher" },
          ],
        }),
      );
      expect(e.code).toBe("INVALID_FRAMEWORK");
      expect(e.path).toEqual(["components", 0, "weight"]);
      expect(e.message).toContain('composite: "weightedSum"');
      expect(e.messageVi).toContain('"support"');
    }
  });

  it("refuses an indicator weight under aggregation mean, naming weightedMean", () => {
    const e = err(() =>
      defineFramework({
        ...base,
        components: [{ id: "env" }],
        indicators: [
          { id: "a", component: "env", direction: "higher", weight: 0.5 },
          { id: "b", component: "env", direction: "higher" },
        ],
      }),
    );
    expect(e.path).toEqual(["indicators", 0, "weight"]);
    expect(e.message).toContain('aggregation: "weightedMean"');
    expect(e.messageVi).toContain("0,5");
  });

  it("follows each component's own aggregation: median weighs nothing, geometricMean weighs", () => {
    const inds = [
      { id: "a", component: "env", direction: "higher", weight: 2 },
      { id: "b", component: "env", direction: "higher" },
    ] as const;
    expect(
      err(() => defineFramework({ ...base, aggregation: "weightedMean", components: [{ id: "env", aggregation: "median" }], indicators: inds })).path,
    ).toEqual(["indicators", 0, "weight"]);
    expect(defineFramework({ ...base, components: [{ id: "env", aggregation: "geometricMean" }], indicators: inds }).indicators[0]!.weight).toBe(2);
  });

  it("accepts weight 1 (the unweighted rule) and weights with the weighted rules", () => {
    expect(
      defineFramework({ ...base, components: [{ id: "env", weight: 1 }], indicators: [{ id: "a", component: "env", direction: "higher", weight: 1 }] })
        .composite.method,
    ).toBe("sum");
    const w = defineFramework({
      ...base,
      composite: "weightedSum",
      aggregation: "weightedMean",
      components: [{ id: "env", weight: 2 }],
      indicators: [{ id: "a", component: "env", direction: "higher", weight: 3 }],
    });
    expect(w.composite.scale).toEqual({ min: 2, max: 20 });
  });
});

describe('whatIf never reads null as "make missing"', () => {
  const fw = defineFramework({
    id: "d",
    name: { vi: "D", en: "D" },
    components: [{ id: "env" }],
    indicators: [
      { id: "waste", component: "env", direction: "higher" },
      { id: "floods", component: "env", direction: "lower" },
    ],
  });
  const rows = [
    { unit: "A", indicators: { waste: 90, floods: 2 } },
    { unit: "B", indicators: { waste: 60, floods: 5 } },
    { unit: "C", indicators: { waste: 70, floods: 3 } },
  ];

  it("refuses an infeasible solveFor answer (required: null) fed to whatIf", () => {
    const s = solveFor(fw, rows, { unit: "B", component: "env", target: 10 });
    const waste = s.indicators.find((i) => i.id === "waste")!;
    expect(waste.feasible).toBe(false);
    expect(waste.required).toBeNull();
    // @ts-expect-error null is not a change
    const e = err(() => whatIf(fw, rows, { unit: "B", changes: { waste: waste.required } }));
    expect(e.code).toBe("INVALID_NUMBER");
    expect(e.path).toEqual(["changes", "waste"]);
    expect(e.message).toContain('"missing"');
  });

  it('makes a value missing only when asked with "missing"', () => {
    const w = whatIf(fw, rows, { unit: "B", changes: { waste: "missing" } });
    expect(w.changes).toEqual({ waste: null });
    expect(w.moved[0]!.after.components.env).toBe(1);
  });
});

describe("solveFor answers the smallest value that reaches the target as published", () => {
  // Three indicators, two components, composite = sum. D's exact composite is 7.40131 + soc.
  const fw = defineFramework({
    id: "d",
    name: { vi: "D", en: "D" },
    components: [{ id: "env" }, { id: "soc" }],
    indicators: [
      { id: "a", component: "env", direction: "higher" },
      { id: "b", component: "env", direction: "higher" },
      { id: "c", component: "soc", direction: "higher" },
    ],
  });
  const rows = [
    { unit: "A", indicators: { a: 12.5, b: 40, c: 3.1 } },
    { unit: "B", indicators: { a: 60.25, b: 10, c: 7.2 } },
    { unit: "C", indicators: { a: 33.1, b: 22, c: 5 } },
    { unit: "D", indicators: { a: 47, b: 31, c: 1.15 } },
  ];
  const compositeAt = (c: number) => whatIf(fw, rows, { unit: "D", changes: { c } }).moved[0]!.after;

  it("reaches the target after rounding (11.8257 publishes as 11.83), at the data's 2 decimals", () => {
    const s = solveFor(fw, rows, { unit: "D", target: 11.83 });
    const c = s.indicators.find((i) => i.id === "c")!;
    // c = 4.66 gives soc 4.42439…, composite 11.8257… → 11.83; the unrounded rule asked for 4.67.
    expect([c.required, c.achievedScore, c.verified]).toEqual([4.66, 11.83, true]);
    expect(compositeAt(4.66).composite).toBe(11.83);
    expect(compositeAt(4.65).composite).toBe(11.8);
  });

  it("accepts a rank as the target, with the others re-scored as the unit's value moves their minimum", () => {
    const s = solveFor(fw, rows, { unit: "D", rank: 2 });
    // target: the 2nd best composite of the others as they are now (C, 11.47)
    expect([s.target, s.rank, s.alreadyMet]).toEqual([11.47, 2, false]);
    const c = s.indicators.find((i) => i.id === "c")!;
    // D leaves the minimum of c, so C's soc drops (6.73 → 5.17): 3.79 already passes C (9.92 > 9.91).
    expect([c.required, c.achievedScore, c.verified]).toEqual([3.79, 9.92, true]);
    expect(compositeAt(3.79).rank).toBe(2);
    expect(compositeAt(3.78).rank).toBe(3);
    expect(s.indicators.find((i) => i.id === "a")!.feasible).toBe(false);
    expect(solveFor(fw, rows, { unit: "B", rank: 1 }).alreadyMet).toBe(true);
  });

  it("answers for one indicator when asked", () => {
    const s = solveFor(fw, rows, { unit: "D", indicator: "c", rank: 2 });
    expect(s.indicators.map((i) => [i.id, i.required])).toEqual([["c", 3.79]]);
    expect(err(() => solveFor(fw, rows, { unit: "D", indicator: "zz", rank: 2 })).code).toBe("UNKNOWN_INDICATOR");
  });

  it("answers at the precision asked for", () => {
    const c = solveFor(fw, rows, { unit: "D", target: 11.83, decimals: 1 }).indicators.find((i) => i.id === "c")!;
    expect(c.required).toBe(4.7);
  });

  it("refuses a rank with a target, a component or a bad rank", () => {
    // @ts-expect-error target and rank together
    expect(err(() => solveFor(fw, rows, { unit: "D", rank: 2, target: 11 })).path).toEqual(["rank"]);
    // @ts-expect-error a rank is by the composite
    expect(err(() => solveFor(fw, rows, { unit: "D", rank: 2, component: "env" })).path).toEqual(["component"]);
    for (const rank of [0, 1.5, Number.NaN, "2"]) {
      // @ts-expect-error not a rank
      expect(err(() => solveFor(fw, rows, { unit: "D", rank })).path).toEqual(["rank"]);
    }
  });
});

describe("scoreUnits takes group: null, as its output types it", () => {
  it("reads null as no group", () => {
    const fw = defineFramework({
      id: "d",
      name: { vi: "D", en: "D" },
      components: [{ id: "env" }],
      indicators: [{ id: "a", component: "env", direction: "higher" }],
    });
    const s = scoreUnits(fw, [
      { unit: "A", group: null, indicators: { a: 1 } },
      { unit: "B", group: "north", indicators: { a: 2 } },
    ]);
    expect(s.units.map((u) => u.group)).toEqual([null, "north"]);
    // @ts-expect-error a number is not a group
    expect(err(() => scoreUnits(fw, [{ unit: "A", group: 3, indicators: { a: 1 } }])).path).toEqual([0, "group"]);
  });
});
