import { describe, expect, it } from "vitest";
import { checkPlan, createPlan, defineFramework, gapReport, scoreCard, toCsv, toMarkdown, toVegaLite, trajectory, assessProgress } from "../../src/index";
import { thrown } from "../foundation/helpers";

/**
 * The same engine serves the other frameworks the same offices run: here a commune's
 * environment targets in the manner of New Rural Development (NTM) criterion 17, as percentages
 * on 0–100 ("90 % of households along the main road have a standard waste bin").
 */
const ntm = defineFramework({
  id: "ntm-env",
  name: { vi: "Tiêu chí môi trường (NTM)", en: "Environment criterion (NTM)" },
  normalization: { method: "minmax", range: [0, 100] },
  composite: "mean",
  components: [
    { id: "wasteBins", name: { vi: "Hộ có thùng rác đạt chuẩn (%)", en: "Households with a standard waste bin (%)" } },
    { id: "cleanWater", name: { vi: "Hộ dùng nước sạch (%)", en: "Households with clean water (%)" } },
    { id: "wasteCollected", name: { vi: "Chất thải rắn được thu gom (%)", en: "Solid waste collected (%)" } },
  ],
});

describe("another framework: a commune's percentage targets", () => {
  const baseline = scoreCard({ unit: "Xã Hoàng Đồng", year: 2023, scores: { wasteBins: "62,5", cleanWater: 80, wasteCollected: 71 } }, ntm);

  it("score cards use the framework's scale and composite rule", () => {
    expect(ntm.composite).toEqual({ method: "mean", scale: { min: 0, max: 100 }, decimals: 2 });
    expect(baseline.composite).toBe(71.17); // (62.5 + 80 + 71) / 3 = 71.1666… → 71.17
    expect(thrown(() => scoreCard({ unit: "X", year: 2023, scores: { wasteBins: 101, cleanWater: 80, wasteCollected: 71 } }, ntm)).code).toBe("OUT_OF_SCALE");
  });

  it("plans, checks and gap reports work unchanged", () => {
    const plan = createPlan(
      {
        unit: "Xã Hoàng Đồng",
        title: "Kế hoạch tiêu chí môi trường 2025",
        baselineYear: 2023,
        targetYear: 2025,
        baseline,
        targets: { "Hộ có thùng rác đạt chuẩn (%)": { target: 90, owners: "UBND xã" }, cleanWater: 95, wasteCollected: { delta: 19 } },
      },
      ntm,
    );
    expect(plan.subIndices.wasteBins).toMatchObject({ baseline: 62.5, target: 90, delta: 27.5, owners: ["UBND xã"] });
    expect(plan.composite).toMatchObject({ baseline: 71.17, target: 91.67, delta: 20.5 });
    expect(checkPlan(plan, ntm)).toEqual([]);
    const actual = scoreCard({ unit: "Xã Hoàng Đồng", year: 2025, scores: { wasteBins: 91, cleanWater: 88, wasteCollected: 90 } }, ntm);
    const gap = gapReport(plan, actual);
    expect(Object.entries(gap.subIndices).map(([id, r]) => [id, r.status, r.remaining])).toEqual([
      ["wasteBins", "met", 0],
      ["cleanWater", "partial", 7],
      ["wasteCollected", "met", 0],
    ]);
    expect(toMarkdown(gap, { lang: "en" })).toContain("| cleanWater");
    // given the framework, renderers use its names
    expect(toMarkdown(gap, { lang: "vi", framework: ntm })).toMatch(/\| Hộ dùng nước sạch \(%\)\s+\|\s+80,00 \|\s+95,00 \|\s+88,00 \|/);
    expect(toMarkdown(gap, { lang: "vi", framework: ntm })).toContain("**Điểm tổng hợp**");
    expect(toCsv(plan, { lang: "en", framework: ntm }).split("\r\n")[1]).toContain("Households with a standard waste bin (%)");
    expect(toMarkdown(baseline, { lang: "en", framework: ntm })).toContain("| Solid waste collected (%)");
    const chart = toVegaLite(gap, { lang: "en", framework: ntm }) as unknown as { data: { values: { name: string }[] } };
    expect(chart.data.values[0]!.name).toBe("Households with a standard waste bin (%)");
  });

  it("a percentage target on a trajectory", () => {
    const t = trajectory({ baselineYear: 2023, baseline: 62.5, targetYear: 2025, target: 90, decimals: 1, label: "% households with a standard bin" });
    expect(t.milestones.map((m) => m.value)).toEqual([62.5, 76.3, 90]);
    expect(assessProgress(t, [{ year: 2024, value: 70 }]).status).toBe("moderatelyImproving");
  });
});
