import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { arbTrajectoryInput, compareAtPrecision } from "../../src/testing";
import { assessProgress, toCsv, toMarkdown, trajectory } from "../../src/index";
import { thrown } from "../foundation/helpers";

describe("trajectory", () => {
  it("Lạng Sơn composite 17.33 (2023) → 25 (2026): milestones on a straight line", () => {
    const t = trajectory({ baselineYear: 2023, baseline: 17.33, targetYear: 2026, target: 25, label: "PGI" });
    expect(t.annualChange).toBe(2.5567);
    expect(t.milestones).toEqual([
      { year: 2023, value: 17.33 },
      { year: 2024, value: 19.89 },
      { year: 2025, value: 22.44 },
      { year: 2026, value: 25 },
    ]);
  });

  it("works for any indicator, including lower-is-better ones, at its own precision", () => {
    const t = trajectory({
      baselineYear: 2022,
      baseline: "35,5",
      targetYear: 2025,
      target: 20,
      direction: "lower",
      decimals: 1,
      label: "% firms reporting floods",
    });
    expect(t.milestones.map((m) => m.value)).toEqual([35.5, 30.3, 25.2, 20]);
    expect(t.annualChange).toBe(-5.167);
    expect(toMarkdown(t, { lang: "en" })).toContain("Required change per year: -5.167 (lower is better).");
  });

  it.each([
    ["target year not after baseline", { baselineYear: 2024, baseline: 1, targetYear: 2024, target: 2 }, "INVALID_INPUT", ["targetYear"]],
    ["a bad direction", { baselineYear: 2023, baseline: 1, targetYear: 2024, target: 2, direction: "up" }, "INVALID_INPUT", ["direction"]],
    ["NaN", { baselineYear: 2023, baseline: Number.NaN, targetYear: 2024, target: 2 }, "INVALID_NUMBER", ["baseline"]],
    ["an unknown field", { baselineYear: 2023, baseline: 1, targetYear: 2024, target: 2, goal: 3 }, "INVALID_INPUT", []],
  ] as const)("refuses %s", (_n, input, code, path) => {
    const e = thrown(() => trajectory(input as never));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
});

describe("assessProgress (SDG Index trend dashboard classes)", () => {
  const t = trajectory({ baselineYear: 2023, baseline: 17.33, targetYear: 2026, target: 25 });

  it.each([
    [26, "achieved"],
    [25, "achieved"],
    [22.63, "onTrack"],
    [19.89, "onTrack"],
    [19.2, "moderatelyImproving"],
    [18.61, "moderatelyImproving"],
    [18.5, "stagnating"],
    [17.33, "stagnating"],
    [16, "decreasing"],
  ] as const)("2024 value %s → %s", (value, status) => {
    expect(assessProgress(t, [{ year: 2024, value }]).status).toBe(status);
  });

  it("uses the latest observation and reports both annual changes", () => {
    const p = assessProgress(t, [
      { year: 2025, value: 21 },
      { year: 2024, value: 19 },
    ]);
    expect(p).toMatchObject({
      latest: { year: 2025, value: 21 },
      expected: 22.44,
      observedAnnualChange: 1.835,
      requiredAnnualChange: 2.5567,
      ratio: 0.7177,
      status: "moderatelyImproving",
    });
    expect(toMarkdown(p)).toContain("cải thiện vừa phải");
    expect(toCsv(p, { lang: "en" })).toContain("moderatelyImproving");
  });

  it("lower is better: falling values are progress", () => {
    const low = trajectory({ baselineYear: 2022, baseline: 40, targetYear: 2026, target: 20, direction: "lower" });
    expect(assessProgress(low, [{ year: 2024, value: 30 }]).status).toBe("onTrack");
    expect(assessProgress(low, [{ year: 2024, value: 42 }]).status).toBe("decreasing");
    expect(assessProgress(low, [{ year: 2024, value: 19 }]).status).toBe("achieved");
  });

  it("refuses no observations, repeated years, nothing after the baseline, non-trajectories", () => {
    expect(thrown(() => assessProgress(t, [])).path).toEqual(["observations"]);
    expect(
      thrown(() =>
        assessProgress(t, [
          { year: 2024, value: 1 },
          { year: 2024, value: 2 },
        ]),
      ).path,
    ).toEqual(["observations", 1, "year"]);
    expect(thrown(() => assessProgress(t, [{ year: 2023, value: 20 }])).path).toEqual(["observations"]);
    expect(thrown(() => assessProgress(t, [{ year: 2024, value: "abc" }])).path).toEqual(["observations", 0, "value"]);
    expect(thrown(() => assessProgress({ kind: "plan" } as never, [{ year: 2024, value: 1 }])).path).toEqual(["trajectory", "kind"]);
  });
});

const cents = fc.integer({ min: 100, max: 4000 });
describe("trajectory properties", () => {
  prop.prop([arbTrajectoryInput({ maxYears: 15 })], { numRuns: 200 })(
    "trajectories hit the target exactly in the target year and start at the baseline",
    (input) => {
      const tr = trajectory(input);
      const years = input.targetYear - input.baselineYear;
      expect(tr.milestones).toHaveLength(years + 1);
      expect(tr.milestones[0]).toEqual({ year: input.baselineYear, value: input.baseline });
      expect(tr.milestones.at(-1)).toEqual({ year: input.targetYear, value: input.target });
      const vs = tr.milestones.map((m) => m.value);
      for (let i = 1; i < vs.length; i++) expect(compareAtPrecision(vs[i]!, vs[i - 1]!)).not.toBe(input.direction === "higher" ? -1 : 1);
    },
  );

  prop.prop([cents, cents, fc.integer({ min: 1, max: 10 })], { numRuns: 150 })(
    "a unit exactly on its trajectory is on track or has achieved",
    (b, t, years) => {
      fc.pre(b !== t);
      const tr = trajectory({ baselineYear: 2020, baseline: b / 100, targetYear: 2020 + years, target: t / 100, direction: t > b ? "higher" : "lower" });
      const exact = b / 100 + ((t - b) / 100) * (1 / years);
      const onLine = tr.direction === "higher" ? Math.ceil(exact * 100) / 100 : Math.floor(exact * 100) / 100;
      const s = assessProgress(tr, [{ year: 2021, value: onLine }]).status;
      expect(["onTrack", "achieved"]).toContain(s);
    },
  );
});
