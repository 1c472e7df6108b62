import { fc, test } from "@fast-check/vitest";
import * as vega from "vega";
import * as vl from "vega-lite";
import { describe, expect, it } from "vitest";
import { assessProgress, toCsv, toMarkdown, toVegaLite, trajectory } from "../../src/index";
import { parseCsv } from "../../src/render/primitives";
import { thrown } from "../foundation/helpers";

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe("trajectories by quarter and by month", () => {
  // A commune plan followed quarterly: 62,5 % of households with a standard bin in 2025-Q1, 90 % by 2025-Q4.
  const q = trajectory({ baselineYear: "2025-Q1", baseline: "62,5", targetYear: "2025-Q4", target: 90, decimals: 1, label: "% hộ có thùng rác đạt chuẩn" });

  it("one milestone per quarter, exact, the last one the target", () => {
    expect(q.milestones).toEqual([
      { year: 2025, period: "2025-Q1", value: 62.5 },
      { year: 2025, period: "2025-Q2", value: 71.7 },
      { year: 2025, period: "2025-Q3", value: 80.8 },
      { year: 2025, period: "2025-Q4", value: 90 },
    ]);
    expect(q).toMatchObject({ granularity: "quarter", baselinePeriod: "2025-Q1", targetPeriod: "2025-Q4", baselineYear: 2025, targetYear: 2025, periodChange: 9.167, annualChange: 36.667 });
  });

  it("across years, by month", () => {
    const m = trajectory({ baselineYear: "2024-11", baseline: 10, targetYear: "2025-02", target: 4, direction: "lower" });
    expect(m.milestones.map((x) => [x.period, x.year, x.value])).toEqual([["2024-11", 2024, 10], ["2024-12", 2024, 8], ["2025-01", 2025, 6], ["2025-02", 2025, 4]]);
  });

  it("yearly trajectories are unchanged (no period fields)", () => {
    const y = trajectory({ baselineYear: 2023, baseline: 1, targetYear: 2025, target: 3 });
    expect("granularity" in y).toBe(false);
    expect(y.milestones[0]).toEqual({ year: 2023, value: 1 });
  });

  it("progress by quarter, from the object or its JSON copy", () => {
    const obs = [{ year: "2025-Q2", value: 70 }, { year: "2025-Q3", value: "78,5" }];
    const p = assessProgress(q, obs);
    expect(p).toMatchObject({ status: "moderatelyImproving", latest: { year: 2025, value: 78.5, period: "2025-Q3" }, expected: 80.8, baselinePeriod: "2025-Q1", targetPeriod: "2025-Q4" });
    // observed 8 per quarter against 9.1666… needed: ratio 0.8727
    expect(p.ratio).toBe(0.8727);
    expect(p.observedAnnualChange).toBe(32);
    expect(assessProgress(json(q), obs)).toEqual(p);
    expect(assessProgress(q, [{ year: "2025-Q4", value: 91 }]).status).toBe("achieved");
  });

  it("renders periods, not years", async () => {
    expect(toMarkdown(q)).toContain("| 2025-Q2 |");
    expect(toMarkdown(q, { lang: "en" })).toContain("(2025-Q1 → 2025-Q4)");
    expect(parseCsv(toCsv(q, { lang: "en" }))[0]).toEqual(["period", "milestone"]);
    const p = assessProgress(q, [{ year: "2025-Q3", value: 78.5 }]);
    expect(toMarkdown(p)).toContain("Thực tế 2025-Q3");
    expect(parseCsv(toCsv(p))[1]![5]).toBe("2025-Q3");
    for (const v of [q, p]) {
      const spec = toVegaLite(v);
      const out = await new vega.View(vega.parse(vl.compile(spec as unknown as vl.TopLevelSpec).spec), { renderer: "none" }).toSVG();
      expect(out.startsWith("<svg")).toBe(true);
    }
  });

  it("bad periods say what to pass", () => {
    expect(thrown(() => trajectory({ baselineYear: "2025-Q1", baseline: 1, targetYear: "2025-06", target: 2 })).path).toEqual(["targetYear"]);
    expect(thrown(() => trajectory({ baselineYear: "2025-Q1", baseline: 1, targetYear: 2026, target: 2 })).message).toContain('"2025-Q2"');
    expect(thrown(() => trajectory({ baselineYear: "2025-Q3", baseline: 1, targetYear: "2025-Q2", target: 2 })).message).toContain("must be after");
    expect(thrown(() => trajectory({ baselineYear: 2025, baseline: 1, targetYear: "2025-Q5", target: 2 })).path).toEqual(["targetYear"]);
    expect(thrown(() => trajectory({ baselineYear: "2025-Q1", baseline: "x", targetYear: "2025-Q2", target: 2 })).path).toEqual(["baseline"]);
    expect(thrown(() => trajectory({ baselineYear: "2025-Q1", baseline: 1, targetYear: "2025-Q2", target: 2, extra: 1 } as never)).code).toBe("INVALID_INPUT");
    expect(thrown(() => assessProgress(q, [{ year: 2025, value: 1 }])).path).toEqual(["observations", 0, "year"]);
    expect(thrown(() => assessProgress(q, [{ year: "2025-06", value: 1 }])).message).toContain("quarter");
    expect(thrown(() => assessProgress(q, [{ year: "2025-Q2", value: 1 }, { year: "2025-Q2", value: 2 }])).message).toContain("observed twice");
    expect(thrown(() => assessProgress(q, [{ year: "2025-Q1", value: 1 }])).message).toContain("after the baseline");
    expect(thrown(() => assessProgress(q, [])).path).toEqual(["observations"]);
    expect(thrown(() => assessProgress(trajectory({ baselineYear: 2024, baseline: 1, targetYear: 2026, target: 2 }), [{ year: "2025-Q2", value: 1 }])).message).toContain("yearly");
  });
});

describe("properties", () => {
  const arb = fc.record({
    b: fc.integer({ min: 0, max: 1000 }),
    t: fc.integer({ min: 0, max: 1000 }),
    v: fc.integer({ min: -200, max: 1200 }),
    n: fc.integer({ min: 1, max: 12 }),
    k: fc.integer({ min: 1, max: 12 }),
  });
  test.prop([arb])("lower-is-better progress mirrors higher-is-better", ({ b, t, v, n, k }) => {
    const period = (i: number): string => `${2025 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    const up = trajectory({ baselineYear: period(0), baseline: b, targetYear: period(n), target: t });
    const down = trajectory({ baselineYear: period(0), baseline: -b, targetYear: period(n), target: -t, direction: "lower" });
    const pu = assessProgress(up, [{ year: period(k), value: v }]);
    const pd = assessProgress(down, [{ year: period(k), value: -v }]);
    expect(pd.status).toBe(pu.status);
    expect(pd.ratio).toBe(pu.ratio);
    expect(down.milestones.map((m) => -m.value + 0)).toEqual(up.milestones.map((m) => m.value));
  });

  test.prop([arb])("a quarterly trajectory passes through the yearly one at the same dates", ({ b, t }) => {
    const yearly = trajectory({ baselineYear: 2025, baseline: b, targetYear: 2027, target: t, decimals: 4 });
    const quarterly = trajectory({ baselineYear: "2025-Q1", baseline: b, targetYear: "2027-Q1", target: t, decimals: 4 });
    expect(quarterly.milestones.filter((m) => m.period!.endsWith("Q1")).map((m) => m.value)).toEqual(yearly.milestones.map((m) => m.value));
    expect(quarterly.annualChange).toBe(yearly.annualChange);
  });
});
