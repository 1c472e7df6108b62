import { describe, expect, it } from "vitest";
import { defineFramework, PgiError, solveFor, whatIf } from "../../src";

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
        defineFramework({ ...base, ...(composite ? { composite } : {}), components: [{ id: "support", weight: 2 }, { id: "env" }],
          indicators: [{ id: "a", component: "support", direction: "higher" }, { id: "b", component: "env", direction: "higher" }] }),
      );
      expect(e.code).toBe("INVALID_FRAMEWORK");
      expect(e.path).toEqual(["components", 0, "weight"]);
      expect(e.message).toContain('composite: "weightedSum"');
      expect(e.messageVi).toContain('"support"');
    }
  });

  it("refuses an indicator weight under aggregation mean, naming weightedMean", () => {
    const e = err(() =>
      defineFramework({ ...base, components: [{ id: "env" }],
        indicators: [{ id: "a", component: "env", direction: "higher", weight: 0.5 }, { id: "b", component: "env", direction: "higher" }] }),
    );
    expect(e.path).toEqual(["indicators", 0, "weight"]);
    expect(e.message).toContain('aggregation: "weightedMean"');
    expect(e.messageVi).toContain("0,5");
  });

  it("accepts weight 1 (the unweighted rule) and weights with the weighted rules", () => {
    expect(defineFramework({ ...base, components: [{ id: "env", weight: 1 }], indicators: [{ id: "a", component: "env", direction: "higher", weight: 1 }] }).composite.method).toBe("sum");
    const w = defineFramework({ ...base, composite: "weightedSum", aggregation: "weightedMean", components: [{ id: "env", weight: 2 }], indicators: [{ id: "a", component: "env", direction: "higher", weight: 3 }] });
    expect(w.composite.scale).toEqual({ min: 2, max: 20 });
  });
});

describe("whatIf never reads null as \"make missing\"", () => {
  const fw = defineFramework({ id: "d", name: { vi: "D", en: "D" }, components: [{ id: "env" }],
    indicators: [{ id: "waste", component: "env", direction: "higher" }, { id: "floods", component: "env", direction: "lower" }] });
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
