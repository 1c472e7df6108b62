import { describe, expect, it } from "vitest";
import { isPgiError } from "../../src/errors";
import { defineFramework } from "../../src/framework/define";
import { sensitivity } from "../../src/uncertainty/sensitivity";

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
const rows = Array.from({ length: 15 }, (_, u) => ({
  unit: `U${u + 1}`,
  indicators: { waste: (u * 37) % 101, air: (u * 53) % 89, permits: (u * 17) % 61 },
}));

describe("sensitivity", () => {
  it("a factor whose alternatives change nothing has indices 0; the one that moves the ranks carries the variance", () => {
    const s = sensitivity(fw, rows, {
      n: 300,
      bootstrap: 20,
      alternatives: {
        normalization: [
          { method: "minmax", range: [1, 10] },
          { method: "minmax", range: [0, 100] },
        ],
        weights: { noise: 0.6 },
      },
    });
    expect(s.factors.map((f) => f.factor)).toEqual(["normalization", "weights"]);
    // min–max to [1, 10] or [0, 100] is the same ranking up to rounding at 2 decimals
    expect(s.factors[0]!.total).toBeLessThan(0.05);
    // weights carry all the variance (total 1); at n = 300 the estimate's sampling error is about
    // 0.1 (0.89–1.06 over seeds 1–8): the weights factor picks one of 100 noisy sets, a step function
    // on which the Sobol' points gain little over random ones
    expect(s.factors[1]!.total).toBeGreaterThan(0.8);
    expect(s.runs).toBe(300 * 4);
  });

  it("same seed, byte-identical JSON", () => {
    const o = { n: 100, seed: 4, bootstrap: 10, alternatives: { weights: { noise: 0.3 }, composite: ["sum", "mean"] } };
    expect(JSON.stringify(sensitivity(fw, rows, o))).toBe(JSON.stringify(sensitivity(fw, rows, o)));
  });

  it("no alternative at all is a PgiError (no factor to study)", () => {
    let caught: unknown;
    try {
      sensitivity(fw, rows, { alternatives: {} });
    } catch (e) {
      caught = e;
    }
    expect(isPgiError(caught)).toBe(true);
    expect((caught as { messageVi: string }).messageVi).toContain("phương án");
  });
});
