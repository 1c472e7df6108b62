import { fc, test } from "@fast-check/vitest";
import * as vega from "vega";
import * as vl from "vega-lite";
import { describe, expect, it } from "vitest";
import {
  assessProgress,
  ObservationsSchema,
  parsePeriod,
  periodLabel,
  toCsv,
  toMarkdown,
  toVegaLite,
  trajectory,
  TrajectoryInputSchema,
} from "../../src/index";
import { parseCsv } from "../../src/render/primitives";
import { thrown } from "../foundation/helpers";

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
/** A Markdown table with its padding taken out: "| a | b |" whatever the column widths. */
const flat = (md: string): string => md.replace(/ *\| */g, " | ").replace(/ {2,}/g, " ");

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
    expect(q).toMatchObject({
      granularity: "quarter",
      baselinePeriod: "2025-Q1",
      targetPeriod: "2025-Q4",
      baselineYear: 2025,
      targetYear: 2025,
      periodChange: 9.167,
      annualChange: 36.667,
    });
  });

  it("across years, by month", () => {
    const m = trajectory({ baselineYear: "2024-11", baseline: 10, targetYear: "2025-02", target: 4, direction: "lower" });
    expect(m.milestones.map((x) => [x.period, x.year, x.value])).toEqual([
      ["2024-11", 2024, 10],
      ["2024-12", 2024, 8],
      ["2025-01", 2025, 6],
      ["2025-02", 2025, 4],
    ]);
  });

  it("yearly trajectories are unchanged (no period fields)", () => {
    const y = trajectory({ baselineYear: 2023, baseline: 1, targetYear: 2025, target: 3 });
    expect("granularity" in y).toBe(false);
    expect(y.milestones[0]).toEqual({ year: 2023, value: 1 });
  });

  it("progress by quarter, from the object or its JSON copy", () => {
    const obs = [
      { year: "2025-Q2", value: 70 },
      { year: "2025-Q3", value: "78,5" },
    ];
    const p = assessProgress(q, obs);
    expect(p).toMatchObject({
      status: "moderatelyImproving",
      latest: { year: 2025, value: 78.5, period: "2025-Q3" },
      expected: 80.8,
      baselinePeriod: "2025-Q1",
      targetPeriod: "2025-Q4",
    });
    // observed 8 per quarter against 9.1666… needed: ratio 0.8727
    expect(p.ratio).toBe(0.8727);
    expect(p.observedAnnualChange).toBe(32);
    expect(assessProgress(json(q), obs)).toEqual(p);
    expect(assessProgress(q, [{ year: "2025-Q4", value: 91 }]).status).toBe("achieved");
  });

  it("renders periods as reports write them: Quý II/2025, Q2 2025", async () => {
    expect(flat(toMarkdown(q))).toContain("| Quý II/2025 | 71,7 |");
    expect(toMarkdown(q)).toContain("(Quý I/2025 → Quý IV/2025)");
    expect(toMarkdown(q)).toContain("Mức thay đổi cần thiết mỗi quý: +9,167; mỗi năm: +36,667");
    expect(toMarkdown(q, { lang: "en" })).toContain("(Q1 2025 → Q4 2025)");
    expect(toMarkdown(q, { lang: "en" })).toContain("Required change per quarter: +9.167; per year: +36.667");
    expect(parseCsv(toCsv(q, { lang: "en" }))[0]).toEqual(["period", "milestone"]);
    expect(parseCsv(toCsv(q, { lang: "en" }))[2]).toEqual(["Q2 2025", "71.7"]);
    const p = assessProgress(q, [{ year: "2025-Q3", value: 78.5 }]);
    expect(toMarkdown(p)).toContain("Thực tế Quý III/2025");
    expect(parseCsv(toCsv(p).replace(/^\uFEFF/, ""))[1]![5]).toBe("Quý III/2025");
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
    expect(
      thrown(() =>
        assessProgress(q, [
          { year: "2025-Q2", value: 1 },
          { year: "2025-Q2", value: 2 },
        ]),
      ).message,
    ).toContain("observed twice");
    expect(thrown(() => assessProgress(q, [{ year: "2025-Q1", value: 1 }])).message).toContain("after the baseline");
    expect(thrown(() => assessProgress(q, [])).path).toEqual(["observations"]);
    expect(
      thrown(() => assessProgress(trajectory({ baselineYear: 2024, baseline: 1, targetYear: 2026, target: 2 }), [{ year: "2025-Q2", value: 1 }])).message,
    ).toContain("yearly");
  });
});

describe("periods as offices type them", () => {
  it.each([
    ["Quý I/2023", "2023-Q1"],
    ["Quý 1/2023", "2023-Q1"],
    ["quý II năm 2023", "2023-Q2"],
    ["Quy iv/2023", "2023-Q4"],
    ["Q3 2023", "2023-Q3"],
    ["Q3/2023", "2023-Q3"],
    ["2023-Q1", "2023-Q1"],
    ["2023-q4", "2023-Q4"],
    [" 2023 Q2 ", "2023-Q2"],
    ["03/2023", "2023-03"],
    ["3/2023", "2023-03"],
    ["Tháng 3/2023", "2023-03"],
    ["T12/2023", "2023-12"],
    ["tháng 11 năm 2023", "2023-11"],
    ["2023-03", "2023-03"],
  ])("reads %j as %s", (text, id) => {
    expect(parsePeriod(text)?.id).toBe(id);
  });

  it.each(["2023", 2023, "Quý V/2023", "Q0 2023", "13/2023", "00/2023", "2023-13", "Quý I", "I/2023", "", null, "x".repeat(100)])(
    "%j is no quarter or month",
    (v) => {
      expect(parsePeriod(v)).toBeNull();
    },
  );

  it("the exported schemas accept the periods the functions accept", () => {
    expect(TrajectoryInputSchema.safeParse({ baselineYear: "Quý I/2025", baseline: 60, targetYear: "2025-Q4", target: 90 }).success).toBe(true);
    expect(TrajectoryInputSchema.safeParse({ baselineYear: "Quý V/2025", baseline: 60, targetYear: "2025-Q4", target: 90 }).success).toBe(false);
    expect(
      ObservationsSchema.safeParse([
        { year: "03/2025", value: 1 },
        { year: "04/2025", value: 2 },
      ]).success,
    ).toBe(true);
    // A month and a bare year: assessProgress refuses them against any trajectory, and so does the schema.
    expect(
      ObservationsSchema.safeParse([
        { year: "03/2025", value: 1 },
        { year: 2025, value: 2 },
      ]).success,
    ).toBe(false);
    expect(ObservationsSchema.safeParse([{ year: "13/2025", value: 1 }]).success).toBe(false);
  });

  it("labels quarters and months in Vietnamese and English", () => {
    expect(["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"].map((p) => periodLabel(p))).toEqual(["Quý I/2023", "Quý II/2023", "Quý III/2023", "Quý IV/2023"]);
    expect(periodLabel("2023-Q2", "en")).toBe("Q2 2023");
    expect([periodLabel("2023-03"), periodLabel("2023-03", "en")]).toEqual(["Tháng 3/2023", "March 2023"]);
    expect([periodLabel(2024), periodLabel("2024")]).toEqual(["2024", "2024"]);
  });

  it("a trajectory and its progress from periods typed any of those ways (the stored form is 2023-Q1)", () => {
    const t = trajectory({ baselineYear: "Quý IV/2022", baseline: "62,5", targetYear: "Quý 4/2023", target: 90, decimals: 1 });
    expect([t.baselinePeriod, t.targetPeriod, t.periodChange]).toEqual(["2022-Q4", "2023-Q4", 6.875]);
    const p = assessProgress(t, [
      { year: "Quý I/2023", value: 66 },
      { year: "2023-Q2", value: "71,2" },
    ]);
    expect(p).toMatchObject({
      latest: { period: "2023-Q2", value: 71.2 },
      decimals: 1,
      observedPeriodChange: 4.35,
      requiredPeriodChange: 6.875,
      observedAnnualChange: 17.4,
      requiredAnnualChange: 27.5,
    });
    const m = trajectory({ baselineYear: "12/2022", baseline: 10, targetYear: "Tháng 6/2023", target: 4, direction: "lower", decimals: 0 });
    expect(m.milestones.map((x) => x.period)).toEqual(["2022-12", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"]);
    const err = thrown(() => assessProgress(t, [{ year: "2023", value: 70 }]));
    expect(err.path).toEqual(["observations", 0, "year"]);
    expect(err.message).toContain("a year alone does not say which quarter");
    expect(err.messageVi).toContain("chỉ ghi năm thì không rõ là quý nào");
  });

  it("the progress table keeps the indicator's decimals and gives the rate per period", () => {
    // A count kept in whole numbers (decimals 0): 35, not 35,00; −52,00 a year, not −52,0000.
    const t = trajectory({
      baselineYear: "Quý I/2023",
      baseline: 48,
      targetYear: "Quý I/2024",
      target: 0,
      direction: "lower",
      decimals: 0,
      label: "Điểm tập kết rác tự phát",
    });
    const p = assessProgress(t, [{ year: "Quý II/2023", value: 35 }]);
    expect(p).toMatchObject({
      decimals: 0,
      observedPeriodChange: -13,
      requiredPeriodChange: -12,
      observedAnnualChange: -52,
      requiredAnnualChange: -48,
      status: "onTrack",
    });
    const vi = flat(toMarkdown(p));
    expect(vi).toContain("| Thực tế Quý II/2023 | 35 |");
    expect(vi).toContain("| Thay đổi thực tế/quý | -13,00 |");
    expect(vi).toContain("| Thay đổi cần thiết/quý | -12,00 |");
    expect(vi).toContain("| Thay đổi thực tế/năm | -52,00 |");
    expect(flat(toMarkdown(p, { lang: "en" }))).toContain("| Observed change per quarter | -13.00 |");
    const csv = parseCsv(toCsv(p, { lang: "en" }));
    expect(csv[0]).toEqual([
      "label",
      "baseline_year",
      "baseline",
      "target_year",
      "target",
      "latest_year",
      "latest",
      "observed_annual_change",
      "required_annual_change",
      "observed_quarterly_change",
      "required_quarterly_change",
      "ratio",
      "status",
    ]);
    expect(csv[1]!.slice(1, 9)).toEqual(["Q1 2023", "48", "Q1 2024", "0", "Q2 2023", "35", "-52.00", "-48.00"]);
    // a yearly assessment keeps its figures and says its decimals
    const y = assessProgress(trajectory({ baselineYear: 2023, baseline: 17.33, targetYear: 2026, target: 25 }), [{ year: 2024, value: 22.63 }]);
    expect(y.decimals).toBe(2);
    expect(flat(toMarkdown(y))).toContain("| Thay đổi thực tế/năm | +5,3000 |");
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
