import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { exactSum, hundredths } from "../../src/testing";
import {
  allocate,
  benchmark,
  checkPlan,
  createPlan,
  defineFramework,
  PGI_PUBLISHED,
  publishedScoreCard,
  scoreTable,
  toCsv,
  toMarkdown,
  type AllocationStrategy,
} from "../../src/index";
import { thrown } from "../foundation/helpers";

const ls = publishedScoreCard("Lạng Sơn", 2023); // 4.84, 4.14, 3.60, 4.75 = 17.33
const deltas = (a: ReturnType<typeof allocate>) => Object.values(a.targets).map((t) => t.delta);

describe("allocate: the four strategies on Lạng Sơn 2023 → 22.37 (+5.04)", () => {
  it("equal: 1.26 each", () => {
    const a = allocate(ls, { compositeTarget: 22.37 }, { strategy: "equal" });
    expect(deltas(a)).toEqual([1.26, 1.26, 1.26, 1.26]);
    expect(a).toMatchObject({ unit: "Lạng Sơn", baselineComposite: 17.33, compositeTarget: 22.37, compositeDelta: 5.04, maxDelta: 22.67 });
  });

  it("headroom: proportional to 10 − baseline (5.16, 5.86, 6.40, 5.25 of 22.67)", () => {
    const a = allocate(ls, { compositeDelta: "5,04" }, { strategy: "headroom" });
    // exact shares 1.14720…, 1.30282…, 1.42285…, 1.16718… → floors 1.14, 1.30, 1.42, 1.16 (5.02) + 2 cents to the largest remainders
    expect(deltas(a)).toEqual([1.15, 1.3, 1.42, 1.17]);
  });

  it("weakestFirst: water-filling from the lowest", () => {
    const a = allocate(ls, { compositeDelta: 1 }, { strategy: "weakestFirst" });
    expect(deltas(a)).toEqual([0, 0.23, 0.77, 0]);
    const b = allocate(ls, { compositeDelta: 5.04 }, { strategy: "weakestFirst" });
    // level L with (L − 4.84) + (L − 4.14) + (L − 3.60) + (L − 4.75) = 5.04 → L = 5.5925
    expect(deltas(b)).toEqual([0.76, 1.45, 1.99, 0.84]);
  });

  it("benchmark: proportional to the shortfall; sub-indices at or above it get nothing", () => {
    const bench = { pollution: 7.64, compliance: 7.47, greenPractices: 3.5, incentives: 7.78 };
    const a = allocate(ls, { compositeDelta: 2 }, { strategy: "benchmark", benchmark: bench });
    expect(a.targets.greenPractices.delta).toBe(0);
    expect(deltas(a).reduce((x, y) => Math.round((x + y) * 100) / 100, 0)).toBe(2);
    expect(a.benchmark!.scores).toEqual(bench);
    // beyond the total shortfall (2.80 + 3.33 + 3.03 = 9.16) the rest follows the remaining room
    const more = allocate(ls, { compositeDelta: 10 }, { strategy: "benchmark", benchmark: bench });
    expect(more.targets.greenPractices.delta).toBe(0);
    expect(Object.values(more.targets).every((t) => t.target <= 10)).toBe(true);
    const e = thrown(() => allocate(ls, { compositeDelta: 17 }, { strategy: "benchmark", benchmark: bench }));
    expect(e.code).toBe("IMPOSSIBLE_TARGET");
    expect(e.details).toEqual({ requested: 17, maxDelta: 16.27, maxComposite: 33.6 });
  });

  it("benchmark from a table: the region's best", () => {
    const t = scoreTable(PGI_PUBLISHED.filter((r) => r.edition === 2024 && r.scores !== null).map((r) => publishedScoreCard(r.province, 2024)));
    const best = benchmark(t, "best", { region: "northernMidlandsMountains" });
    const a = allocate(ls, { compositeTarget: 22.37 }, { strategy: "benchmark", benchmark: best });
    expect(a.benchmark!.label).toEqual(best.label);
    expect(toMarkdown(a, { lang: "en" })).toContain("by shortfall against a benchmark (best of Northern Midlands and Mountains (Bắc Giang))");
  });

  it("the result feeds createPlan, and the plan checks clean", () => {
    const a = allocate(ls, { compositeTarget: 22.37 }, { strategy: "headroom" });
    const plan = createPlan({ unit: "Lạng Sơn", title: "KH 2024", baselineYear: 2023, targetYear: 2024, baseline: ls, targets: a.targets });
    expect(plan.composite).toMatchObject({ baseline: 17.33, target: 22.37, delta: 5.04 });
    expect(checkPlan(plan)).toEqual([]);
  });

  it("never passes 10: equal shares are capped and the rest shared", () => {
    const a = allocate({ pollution: 9.5, compliance: 5, greenPractices: 5, incentives: 5 }, { compositeDelta: 4 }, { strategy: "equal" });
    expect(deltas(a)).toEqual([0.5, 1.17, 1.17, 1.16]);
    const full = allocate({ pollution: 9.5, compliance: 5, greenPractices: 5, incentives: 5 }, { compositeTarget: 40 }, { strategy: "weakestFirst" });
    expect(Object.values(full.targets).map((t) => t.target)).toEqual([10, 10, 10, 10]);
  });

  it("renders Markdown and CSV", () => {
    const a = allocate(ls, { compositeTarget: 22.37 }, { strategy: "equal" });
    expect(toMarkdown(a)).toMatch(/\| Giảm thiểu ô nhiễm và thiên tai\s+\|\s+4,84 \|\s+\+1,26 \|\s+6,10 \|/);
    expect(toCsv(a, { lang: "en" }).split("\r\n")[1]).toBe("pollution,Minimizing the risk of climate hazards to firms,4.84,1.26,6.10,equal");
  });

  it.each([
    ["an impossible total", [ls, { compositeTarget: 40.5 }, { strategy: "equal" }], "IMPOSSIBLE_TARGET", ["goal", "compositeTarget"]],
    ["a decrease", [ls, { compositeTarget: 17 }, { strategy: "equal" }], "INVALID_INPUT", ["goal", "compositeTarget"]],
    ["3 decimals", [ls, { compositeDelta: 1.005 }, { strategy: "equal" }], "INVALID_INPUT", ["goal", "compositeDelta"]],
    ["NaN", [ls, { compositeDelta: Number.NaN }, { strategy: "equal" }], "INVALID_NUMBER", ["goal", "compositeDelta"]],
    ["both goals", [ls, { compositeDelta: 1, compositeTarget: 20 }, { strategy: "equal" }], "INVALID_INPUT", ["goal"]],
    ["no goal", [ls, {}, { strategy: "equal" }], "INVALID_INPUT", ["goal"]],
    ["__proto__ goal", [ls, JSON.parse('{"__proto__": 1}'), { strategy: "equal" }], "UNSAFE_KEY", ["goal", "__proto__"]],
    ["an unknown strategy", [ls, { compositeDelta: 1 }, { strategy: "random" }], "INVALID_INPUT", ["strategy"]],
    ["benchmark without one", [ls, { compositeDelta: 1 }, { strategy: "benchmark" }], "INVALID_INPUT", ["benchmark"]],
    ["a bad benchmark", [ls, { compositeDelta: 1 }, { strategy: "benchmark", benchmark: { pollution: 5 } }], "MISSING_SUBINDEX", ["benchmark"]],
    [
      "a baseline out of scale",
      [{ pollution: 11, compliance: 5, greenPractices: 5, incentives: 5 }, { compositeDelta: 1 }, { strategy: "equal" }],
      "OUT_OF_SCALE",
      ["baseline", "pollution"],
    ],
  ] as const)("refuses %s", (_n, args, code, path) => {
    const e = thrown(() => (allocate as (...a: unknown[]) => unknown)(...args));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it("says the maximum reachable", () => {
    expect(thrown(() => allocate(ls, { compositeTarget: 40.5 }, { strategy: "equal" })).message).toContain(
      "the most this strategy can add is 22.67 (composite 40.00)",
    );
  });
});

const score = fc.integer({ min: 100, max: 1000 });
const strategies: AllocationStrategy[] = ["equal", "headroom", "benchmark", "weakestFirst"];
const ids = ["pollution", "compliance", "greenPractices", "incentives"] as const;

describe("allocation properties", () => {
  prop.prop(
    [fc.tuple(score, score, score, score), fc.tuple(score, score, score, score), fc.constantFrom(...strategies), fc.double({ min: 0, max: 1, noNaN: true })],
    { numRuns: 300 },
  )("deltas sum exactly to the request, are ≥ 0, never push a sub-index past 10, and the plan checks without errors", (b, bm, strategy, frac) => {
    const baseline = Object.fromEntries(ids.map((id, i) => [id, b[i]! / 100]));
    const bench = Object.fromEntries(ids.map((id, i) => [id, bm[i]! / 100]));
    const room =
      strategy === "benchmark" ? ids.reduce((a, _id, i) => (bm[i]! > b[i]! ? a + (1000 - b[i]!) : a), 0) : ids.reduce((a, _id, i) => a + (1000 - b[i]!), 0);
    const cents = Math.floor(room * frac);
    const a = allocate(baseline, { compositeDelta: cents / 100 }, { strategy, benchmark: bench });
    expect(hundredths(exactSum(Object.values(a.targets).map((t) => t.delta)))).toBe(cents);
    ids.forEach((id, i) => {
      const t = a.targets[id];
      expect(t.delta).toBeGreaterThanOrEqual(0);
      expect(t.target).toBeLessThanOrEqual(10);
      expect(hundredths(t.target)).toBe(b[i]! + hundredths(t.delta));
      if (strategy === "benchmark" && bm[i]! <= b[i]!) expect(t.delta).toBe(0);
    });
    const plan = createPlan({ unit: "U", units: "any", title: "T", baselineYear: 2023, targetYear: 2024, baseline, targets: a.targets });
    expect(checkPlan(plan).filter((f) => f.severity === "error")).toEqual([]);
    expect(plan.composite.delta).toBe(cents / 100);
  });

  prop.prop([fc.tuple(score, score, score, score), fc.constantFrom("equal", "headroom", "weakestFirst") as fc.Arbitrary<AllocationStrategy>], { numRuns: 100 })(
    "asking for more than the room left is refused with the maximum",
    (b, strategy) => {
      const baseline = Object.fromEntries(ids.map((id, i) => [id, b[i]! / 100]));
      const room = ids.reduce((a, _id, i) => a + (1000 - b[i]!), 0);
      const e = thrown(() => allocate(baseline, { compositeDelta: (room + 1) / 100 }, { strategy }));
      expect(e.code).toBe("IMPOSSIBLE_TARGET");
      expect(e.details.maxDelta).toBe(room / 100);
    },
  );
});

describe("allocate keeps nothing of the caller's (hostile-run regressions)", () => {
  const ls = publishedScoreCard("Lạng Sơn", 2023);
  const scores = { pollution: 7.64, compliance: 7.47, greenPractices: 4.88, incentives: 7.78 };

  it("copies a benchmark's label: the caller's label object is neither kept nor frozen", () => {
    const label = { vi: "tốt nhất", en: "best" };
    const a = allocate(ls, { compositeDelta: 1 }, { strategy: "benchmark", benchmark: { kind: "benchmark", label, scores } as never });
    expect(a.benchmark!.label).toEqual({ vi: "tốt nhất", en: "best" });
    expect(a.benchmark!.label).not.toBe(label);
    expect(Object.isFrozen(label)).toBe(false);
    label.vi = "changed";
    expect(a.benchmark!.label!.vi).toBe("tốt nhất");
  });

  it.each([
    ["a typed array", new Uint8Array([1, 2])],
    ["an array", ["tốt nhất", "best"]],
    ["numbers", { vi: -0, en: 1 }],
    ["a missing en", { vi: "tốt nhất" }],
    ["null", null],
  ])("a label that is %s is refused with a PgiError (never 'Cannot freeze array buffer views')", (_what, label) => {
    const e = thrown(() => allocate(ls, { compositeDelta: 1 }, { strategy: "benchmark", benchmark: { kind: "benchmark", label, scores } as never }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual(["benchmark", "label"]);
    expect(e.messageVi).toContain("nhãn của chuẩn so sánh phải là { vi, en }");
  });

  it("no −0 in a result: a zero increase, zero deltas and a 0 baseline of a framework starting at 0", () => {
    const a = allocate(ls, { compositeDelta: -0 }, { strategy: "equal" });
    const zeros = [a.compositeDelta, ...Object.values(a.targets).map((t) => t.delta)];
    expect(zeros.every((z) => Object.is(z, 0))).toBe(true);
    const fw = defineFramework({
      id: "z",
      name: { vi: "Z", en: "Z" },
      components: [
        { id: "a", scale: [0, 10] },
        { id: "b", scale: [0, 10] },
      ],
    });
    const z = allocate({ a: -0, b: "-0" }, { compositeDelta: 1 }, { strategy: "headroom" }, fw);
    expect(Object.is(z.baseline.a, 0) && Object.is(z.baseline.b, 0) && Object.is(z.baselineComposite, 0)).toBe(true);
    expect(JSON.stringify(z)).not.toContain("-0");
  });

  it("a card as benchmark is re-validated (a tampered copy is refused, not read)", () => {
    const copy = { ...JSON.parse(JSON.stringify(publishedScoreCard("Hải Dương", 2023))), unit: new Uint8Array([1]) };
    expect(thrown(() => allocate(ls, { compositeDelta: 1 }, { strategy: "benchmark", benchmark: copy })).code).toBe("INVALID_INPUT");
  });
});
