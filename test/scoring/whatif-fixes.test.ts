import { describe, expect, it } from "vitest";
import { defineFramework, PgiError } from "../../src";

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
