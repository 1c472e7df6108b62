import { describe, expect, it } from "vitest";
import { checkPlan, createPlan, langSonPlan2024, PlanInputSchema, publishedScoreCard, scoreCard, type PlanInput } from "../../src/index";
import { thrown } from "../foundation/helpers";

const BASE = { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 };
const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  unit: "Lạng Sơn",
  title: "Kế hoạch nâng cao PGI 2024",
  baselineYear: 2023,
  targetYear: 2024,
  baseline: BASE,
  targets: { pollution: 6.58, compliance: 6.11, greenPractices: 4.38, incentives: 5.3 },
  ...over,
});
const codes = (p: PlanInput): string[] => checkPlan(p).map((f) => f.code);

describe("createPlan: the Lạng Sơn worked example", () => {
  it("baseline 4.84/4.14/3.60/4.75, targets 6.58/6.11/4.38/5.30 → deltas 1.74/1.97/0.78/0.55, composite 17.33 → 22.37 (+5.04)", () => {
    const plan = createPlan(input());
    expect(Object.values(plan.subIndices).map((s) => [s.id, s.baseline, s.target, s.delta])).toEqual([
      ["pollution", 4.84, 6.58, 1.74],
      ["compliance", 4.14, 6.11, 1.97],
      ["greenPractices", 3.6, 4.38, 0.78],
      ["incentives", 4.75, 5.3, 0.55],
    ]);
    // binary floating point gets these wrong: 6.58 − 4.84 = 1.7400000000000002
    expect(6.58 - 4.84).not.toBe(1.74);
    expect(plan.composite).toEqual({ baseline: 17.33, target: 22.37, delta: 5.04, stated: null, sumOfTargets: 22.37 });
    expect(JSON.stringify(plan.composite)).toBe('{"baseline":17.33,"target":22.37,"delta":5.04,"stated":null,"sumOfTargets":22.37}');
  });

  it("the embedded plan matches the worked example and checks clean", () => {
    const plan = createPlan(langSonPlan2024());
    expect(plan.subIndices.pollution).toEqual({
      id: "pollution",
      baseline: 4.84,
      target: 6.58,
      delta: 1.74,
      statedDelta: 1.74,
      comparator: "atLeast",
      owners: [],
      due: null,
    });
    expect(plan.composite.delta).toBe(5.04);
    expect(plan.baselineCardYear).toBe(2023);
    expect(plan.source).toContain("https://");
    expect(checkPlan(plan)).toEqual([]);
  });

  it("derives the target from a stated delta alone", () => {
    const plan = createPlan(
      input({ targets: { pollution: { delta: "1,74" }, compliance: { delta: 1.97 }, greenPractices: { delta: 0.78 }, incentives: { delta: 0.55 } } }),
    );
    expect(plan.subIndices.pollution.target).toBe(6.58);
    expect(plan.subIndices.incentives.target).toBe(5.3);
    expect(plan.composite.target).toBe(22.37);
  });

  it("keys targets by anything subIndex accepts, keeps owners and deadlines", () => {
    const plan = createPlan(
      input({
        baseline: { 1: 4.84, "Đảm bảo tuân thủ": 4.14, "thuc day thuc hanh xanh": "3,60", "Chỉ số 4": 4.75 },
        targets: {
          "Giảm thiểu ô nhiễm và thiên tai": { target: "6,58", owners: "Sở Tài nguyên và Môi trường", due: "2024-10-31" },
          2: { target: 6.11, owners: ["Công an tỉnh", "Ban Quản lý các KCN"] },
          greenPractices: 4.38,
          incentives: { target: 5.3, comparator: "atLeast" },
        },
      }),
    );
    expect(plan.subIndices.pollution.owners).toEqual(["Sở Tài nguyên và Môi trường"]);
    expect(plan.subIndices.pollution.due).toBe("2024-10-31");
    expect(plan.subIndices.compliance.owners).toEqual(["Công an tỉnh", "Ban Quản lý các KCN"]);
    expect(plan.composite.baseline).toBe(17.33);
  });

  it("uses a baseline card's published composite as the composite baseline", () => {
    const card = publishedScoreCard("TP. Hồ Chí Minh", 2023); // published 24.20, sum 24.21
    const plan = createPlan(input({ unit: "TP. Hồ Chí Minh", baseline: card, targets: { 1: 8, 2: 7, 3: 6.5, 4: 5 } }));
    expect(plan.composite.baseline).toBe(24.2);
    expect(plan.composite.delta).toBe(2.3);
    expect(plan.baselineFindings.map((f) => f.code)).toEqual(["COMPOSITE_ROUNDING"]);
    expect(checkPlan(plan).map((f) => [f.code, f.path])).toEqual([["COMPOSITE_ROUNDING", ["baseline", "composite"]]]);
  });

  it("is frozen, JSON-stable and does not change its input", () => {
    const i = input({ targets: { pollution: { target: 6.58, owners: ["A"] }, compliance: 6.11, greenPractices: 4.38, incentives: 5.3 } });
    const copy = structuredClone(i);
    const plan = createPlan(i);
    expect(i).toEqual(copy);
    expect(Object.isFrozen(plan.subIndices.pollution.owners)).toBe(true);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});

describe("createPlan: malformed input throws PgiError with the path", () => {
  const cases: [string, unknown, string, (string | number)[]][] = [
    ["a string target that is not a number", input({ targets: { pollution: "sáu" } }), "INVALID_NUMBER", ["targets", "pollution"]],
    ["NaN target", input({ targets: { pollution: Number.NaN } }), "INVALID_NUMBER", ["targets", "pollution"]],
    ["Infinity delta", input({ targets: { pollution: { delta: Number.POSITIVE_INFINITY } } }), "INVALID_NUMBER", ["targets", "pollution", "delta"]],
    ["empty target string", input({ targets: { pollution: { target: "" } } }), "INVALID_NUMBER", ["targets", "pollution", "target"]],
    ["unknown sub-index", input({ targets: { biodiversity: 6 } }), "UNKNOWN_SUBINDEX", ["targets", "biodiversity"]],
    ["one sub-index twice", input({ targets: { pollution: 6, 1: 6.5 } }), "DUPLICATE_SUBINDEX", ["targets", "pollution"]],
    ["__proto__ target key", input({ targets: JSON.parse('{"__proto__": 6}') }), "UNSAFE_KEY", ["targets", "__proto__"]],
    ["target without target or delta", input({ targets: { pollution: { owners: "Sở TN&MT" } } }), "INVALID_INPUT", ["targets", "pollution"]],
    ["unknown target field", input({ targets: { pollution: { target: 6, goal: 7 } as never } }), "INVALID_INPUT", ["targets", "pollution"]],
    ["bad comparator", input({ targets: { pollution: { target: 6, comparator: "above" as never } } }), "INVALID_INPUT", ["targets", "pollution", "comparator"]],
    ["bad due date", input({ targets: { pollution: { target: 6, due: "31/12/2024" } } }), "INVALID_INPUT", ["targets", "pollution", "due"]],
    ["impossible due date", input({ targets: { pollution: { target: 6, due: "2024-02-30" } } }), "INVALID_INPUT", ["targets", "pollution", "due"]],
    ["empty owner", input({ targets: { pollution: { target: 6, owners: [""] } } }), "INVALID_INPUT", ["targets", "pollution", "owners", 0]],
    ["baseline out of scale", input({ baseline: { ...BASE, pollution: 0.5 } }), "OUT_OF_SCALE", ["baseline", "pollution"]],
    ["baseline missing a sub-index", input({ baseline: { pollution: 4.84 } }), "MISSING_SUBINDEX", ["baseline"]],
    ["baseline score as words", input({ baseline: { ...BASE, compliance: "abc" } }), "INVALID_NUMBER", ["baseline", "compliance"]],
    ["composite target NaN", input({ compositeTarget: Number.NaN }), "INVALID_NUMBER", ["compositeTarget"]],
    ["year as words", input({ targetYear: "next year" }), "INVALID_INPUT", ["targetYear"]],
    ["empty title", input({ title: " " }), "INVALID_INPUT", ["title"]],
    ["unknown plan field", { ...input(), budget: 5 }, "INVALID_INPUT", []],
    ["targets not an object", input({ targets: [6.58] as never }), "INVALID_INPUT", ["targets"]],
  ];
  it.each(cases)("%s", (_name, value, code, path) => {
    const e = thrown(() => createPlan(value as PlanInput));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it("refuses non-objects", () => {
    for (const v of [null, 5, "plan", []]) expect(thrown(() => createPlan(v as never)).code).toBe("INVALID_INPUT");
  });

  it("the exported schema agrees", () => {
    expect(PlanInputSchema.safeParse(input()).success).toBe(true);
    expect(PlanInputSchema.safeParse(input({ targets: { pollution: "abc" } })).success).toBe(false);
  });
});

describe("checkPlan: each finding code", () => {
  it("DELTA_MISMATCH (error): a stated increase that is not target − baseline", () => {
    const f = checkPlan(input({ targets: { pollution: { target: 6.58, delta: 1.75 }, compliance: 6.11, greenPractices: 4.38, incentives: 5.3 } }));
    expect(f.map((x) => [x.severity, x.code, x.path])).toEqual([["error", "DELTA_MISMATCH", ["targets", "pollution", "delta"]]]);
    expect(f[0]!.details).toEqual({ id: "pollution", stated: 1.75, computed: 1.74 });
    expect(f[0]!.message).toContain("6.58 − 4.84 = 1.74");
  });

  it("TARGET_OUT_OF_SCALE (error)", () => {
    const f = checkPlan(input({ targets: { pollution: 10.5, compliance: 6.11, greenPractices: 4.38, incentives: 5.3 } }));
    expect(f.map((x) => [x.severity, x.code])).toEqual([["error", "TARGET_OUT_OF_SCALE"]]);
  });

  it("TARGET_BELOW_BASELINE (warning) and TARGET_EQUALS_BASELINE (info)", () => {
    const f = checkPlan(input({ targets: { pollution: 4.5, compliance: 4.14, greenPractices: 4.38, incentives: 5.3 } }));
    expect(f.map((x) => [x.severity, x.code, x.path])).toEqual([
      ["warning", "TARGET_BELOW_BASELINE", ["targets", "pollution"]],
      ["info", "TARGET_EQUALS_BASELINE", ["targets", "compliance"]],
    ]);
  });

  it("COMPOSITE_MISMATCH: error beyond rounding, warning within 0.025", () => {
    expect(checkPlan(input({ compositeTarget: 23 })).map((x) => [x.severity, x.code])).toEqual([["error", "COMPOSITE_MISMATCH"]]);
    expect(checkPlan(input({ compositeTarget: "22,39" })).map((x) => [x.severity, x.code])).toEqual([["warning", "COMPOSITE_MISMATCH"]]);
    expect(codes(input({ compositeTarget: 22.37 }))).toEqual([]);
  });

  it("COMPOSITE_TARGET_OUT_OF_SCALE and COMPOSITE_TARGET_BELOW_BASELINE", () => {
    expect(codes(input({ compositeTarget: 41 }))).toContain("COMPOSITE_TARGET_OUT_OF_SCALE");
    const low = checkPlan(input({ targets: { 1: 4, 2: 4, 3: 3.5, 4: 4.5 } }));
    expect(low.map((x) => x.code)).toEqual([
      "TARGET_BELOW_BASELINE",
      "TARGET_BELOW_BASELINE",
      "TARGET_BELOW_BASELINE",
      "TARGET_BELOW_BASELINE",
      "COMPOSITE_TARGET_BELOW_BASELINE",
    ]);
  });

  it("TARGET_YEAR_NOT_AFTER_BASELINE (error)", () => {
    expect(codes(input({ targetYear: 2023 }))).toEqual(["TARGET_YEAR_NOT_AFTER_BASELINE"]);
    expect(codes(input({ targetYear: 2022 }))).toEqual(["TARGET_YEAR_NOT_AFTER_BASELINE"]);
  });

  it("MISSING_TARGET (warning), and no composite target without all four", () => {
    const p = createPlan(input({ targets: { pollution: 6.58 } }));
    expect(p.composite.target).toBeNull();
    expect(p.composite.delta).toBeNull();
    expect(p.subIndices.compliance.target).toBeNull();
    expect(checkPlan(p).map((x) => [x.code, x.path])).toEqual([
      ["MISSING_TARGET", ["targets", "compliance"]],
      ["MISSING_TARGET", ["targets", "greenPractices"]],
      ["MISSING_TARGET", ["targets", "incentives"]],
    ]);
  });

  it("DUE_AFTER_TARGET_YEAR (warning)", () => {
    const f = checkPlan(
      input({
        targets: { pollution: { target: 6.58, due: "2025-01-15" }, compliance: { target: 6.11, due: "2024-12-31" }, greenPractices: 4.38, incentives: 5.3 },
      }),
    );
    expect(f.map((x) => [x.code, x.path])).toEqual([["DUE_AFTER_TARGET_YEAR", ["targets", "pollution", "due"]]]);
  });

  it("BASELINE_YEAR_MISMATCH (warning)", () => {
    const card = scoreCard({ unit: "Lạng Sơn", year: 2022, scores: BASE });
    expect(codes(input({ baseline: card }))).toEqual(["BASELINE_YEAR_MISMATCH"]);
  });

  it("orders errors before warnings before info, and every finding has both languages", () => {
    const f = checkPlan(input({ targetYear: 2023, targets: { pollution: 4, compliance: 4.14, greenPractices: 11, incentives: 5.3 } }));
    expect(f.map((x) => x.severity)).toEqual(["error", "error", "warning", "info"]);
    for (const x of f) {
      expect(x.message.length).toBeGreaterThan(10);
      expect(x.messageVi.length).toBeGreaterThan(10);
    }
  });

  it("throws on malformed input rather than reporting it", () => {
    expect(thrown(() => checkPlan(input({ targets: { pollution: "x" } }))).path).toEqual(["targets", "pollution"]);
  });
});

describe("findings in Vietnamese", () => {
  it("write their numbers with the decimal comma, the English with the point", () => {
    const f = checkPlan(input({ targets: { pollution: { target: 6.58, delta: 1.47 }, compliance: 6.11, greenPractices: 4.38, incentives: 5.3 } })).find(
      (x) => x.code === "DELTA_MISMATCH",
    )!;
    expect(f.messageVi).toContain("ghi 1,47 khác chỉ tiêu − cơ sở = 6,58 − 4,84 = 1,74");
    expect(f.message).toContain("1.47 is not target − baseline = 6.58 − 4.84 = 1.74");
  });
});
