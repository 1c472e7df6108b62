import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { aggregateSurvey, defineFramework, scoreUnits, toCsv, toMarkdown, type Question, type SurveyResponse } from "../../src/index";
import { thrown } from "../foundation/helpers";

const questions: Question[] = [
  { id: "warned", type: "yesNo" },
  { id: "support", type: "likert", agreeFrom: 4 },
  { id: "cost", type: "numeric", min: 0 },
  { id: "inspections", type: "numeric", dontKnow: [99] },
];

const responses: SurveyResponse[] = [
  { unit: "Cao Lộc", answers: { warned: "Có", support: 5, cost: 12.5, inspections: 2 } },
  { unit: "Cao Lộc", answers: { warned: "không", support: "3", cost: "7,5", inspections: 99 } },
  { unit: "Cao Lộc", answers: { warned: "Không biết", support: 4, cost: null, inspections: 4 } },
  { unit: "Văn Lãng", weight: 2, answers: { warned: true, support: 2, cost: 10 } },
  { unit: "Văn Lãng", weight: 1, answers: { warned: false, support: "DK", cost: 40, inspections: "" } },
];

describe("aggregateSurvey", () => {
  const agg = aggregateSurvey(responses, questions, { minResponses: 3 });

  it("shares of yes and of agreement in %, means for numbers; blanks and don't know counted", () => {
    expect(agg.units.map((u) => [u.unit, u.responses, u.flagged])).toEqual([
      ["Cao Lộc", 3, false],
      ["Văn Lãng", 2, true],
    ]);
    expect(agg.units[0]!.indicators).toEqual({ warned: 50, support: 66.67, cost: 10, inspections: 3 });
    expect(agg.units[0]!.counts).toEqual({
      warned: { valid: 2, blank: 0, dontKnow: 1 },
      support: { valid: 3, blank: 0, dontKnow: 0 },
      cost: { valid: 2, blank: 1, dontKnow: 0 },
      inspections: { valid: 2, blank: 0, dontKnow: 1 },
    });
  });

  it("weights: Σ w·x / Σ w", () => {
    expect(agg.units[1]!.indicators).toEqual({ warned: 66.67, support: 0, cost: 20, inspections: null });
    expect(agg.units[1]!.counts.support).toEqual({ valid: 1, blank: 0, dontKnow: 1 });
  });

  it("flags units under minResponses (default 30)", () => {
    expect(agg.findings.map((f) => [f.code, f.details.unit, f.details.responses])).toEqual([["LOW_RESPONSES", "Văn Lãng", 2]]);
    expect(aggregateSurvey(responses, questions).units.every((u) => u.flagged)).toBe(true);
  });

  it("rows feed scoreUnits directly", () => {
    const fw = defineFramework({
      id: "district",
      name: { vi: "Huyện", en: "District" },
      components: [{ id: "env" }],
      indicators: [
        { id: "warned", component: "env", direction: "higher" },
        { id: "support", component: "env", direction: "higher" },
        { id: "cost", component: "env", direction: "lower" },
        { id: "inspections", component: "env", direction: "lower" },
      ],
    });
    const s = scoreUnits(fw, agg.rows);
    // Cao Lộc: (1 + 10 + 10 + 5.5)/4 = 6.625 → 6.63 (a tie, rounded half-up exactly); Văn Lãng has no inspections answer: (10 + 1 + 1)/3
    expect(s.units.map((u) => [u.unit, u.composite, u.rank])).toEqual([
      ["Cao Lộc", 6.63, 1],
      ["Văn Lãng", 4, 2],
    ]);
  });

  it("renders", () => {
    expect(toMarkdown(agg)).toContain("Văn Lãng ⚠");
    expect(toCsv(agg, { lang: "en" }).split("\r\n")[1]).toBe("Cao Lộc,3,false,50.00,66.67,10.00,3.00");
  });

  it.each([
    ["a yes/no answer that is neither", [{ unit: "A", answers: { warned: "maybe" } }], "INVALID_INPUT", ["responses", 0, "answers", "warned"]],
    ["a likert answer off the scale", [{ unit: "A", answers: { support: 6 } }], "INVALID_INPUT", ["responses", 0, "answers", "support"]],
    ["a fractional likert answer", [{ unit: "A", answers: { support: 3.5 } }], "INVALID_INPUT", ["responses", 0, "answers", "support"]],
    ["a numeric answer below its minimum", [{ unit: "A", answers: { cost: -1 } }], "INVALID_INPUT", ["responses", 0, "answers", "cost"]],
    ["a numeric answer as words", [{ unit: "A", answers: { cost: "abc" } }], "INVALID_NUMBER", ["responses", 0, "answers", "cost"]],
    ["NaN", [{ unit: "A", answers: { cost: Number.NaN } }], "INVALID_NUMBER", ["responses", 0, "answers", "cost"]],
    ["Infinity", [{ unit: "A", answers: { cost: Number.POSITIVE_INFINITY } }], "INVALID_NUMBER", ["responses", 0, "answers", "cost"]],
    ["an unknown question", [{ unit: "A", answers: { colour: "red" } }], "INVALID_INPUT", ["responses", 0, "answers", "colour"]],
    ["a zero weight", [{ unit: "A", weight: 0, answers: {} }], "INVALID_INPUT", ["responses", 0, "weight"]],
    ["a missing unit", [{ answers: {} }], "INVALID_INPUT", ["responses", 0, "unit"]],
    ["answers not an object", [{ unit: "A", answers: [1] }], "INVALID_INPUT", ["responses", 0, "answers"]],
  ] as const)("refuses %s", (_n, rs, code, path) => {
    const e = thrown(() => aggregateSurvey(rs as never, questions));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it("refuses bad questions and options", () => {
    expect(thrown(() => aggregateSurvey([], [{ id: "q", type: "likert" } as never])).path).toEqual(["questions", 0, "agreeFrom"]);
    expect(thrown(() => aggregateSurvey([], [{ id: "q", type: "likert", agreeFrom: 7 }])).path).toEqual(["questions", 0, "agreeFrom"]);
    expect(
      thrown(() =>
        aggregateSurvey(
          [],
          [
            { id: "q", type: "yesNo" },
            { id: "q", type: "yesNo" },
          ],
        ),
      ).path,
    ).toEqual(["questions", 1, "id"]);
    expect(thrown(() => aggregateSurvey([], [{ id: "__proto__", type: "yesNo" }])).code).toBe("UNSAFE_KEY");
    expect(thrown(() => aggregateSurvey([], [{ id: "q", type: "text" } as never])).code).toBe("INVALID_INPUT");
    expect(thrown(() => aggregateSurvey([], questions, { minResponses: -1 })).path).toEqual(["minResponses"]);
  });
});

const answer = fc.oneof(fc.constant(null), fc.boolean(), fc.constant("dk"));
const resp = fc.record({
  unit: fc.constantFrom("A", "B", "C"),
  yes: answer,
  lik: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  num: fc.option(
    fc.integer({ min: 0, max: 10000 }).map((x) => x / 100),
    { nil: null },
  ),
  w: fc.integer({ min: 1, max: 50 }).map((x) => x / 10),
});
const qs: Question[] = [
  { id: "yes", type: "yesNo" },
  { id: "lik", type: "likert", agreeFrom: 4 },
  { id: "num", type: "numeric" },
];

describe("survey properties", () => {
  prop.prop([fc.array(resp, { minLength: 1, maxLength: 60 }), fc.boolean()], { numRuns: 150 })("shares lie within 0–100", (rs, weighted) => {
    const agg = aggregateSurvey(
      rs.map((r) => ({ unit: r.unit, ...(weighted ? { weight: r.w } : {}), answers: { yes: r.yes, lik: r.lik, num: r.num } })),
      qs,
    );
    for (const u of agg.units) {
      for (const id of ["yes", "lik"]) {
        const v = u.indicators[id]!;
        if (v !== null) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  prop.prop([fc.array(resp, { minLength: 1, maxLength: 60 })], { numRuns: 150 })("weights of 1 equal the unweighted result", (rs) => {
    const plain = aggregateSurvey(
      rs.map((r) => ({ unit: r.unit, answers: { yes: r.yes, lik: r.lik, num: r.num } })),
      qs,
    );
    const ones = aggregateSurvey(
      rs.map((r) => ({ unit: r.unit, weight: 1, answers: { yes: r.yes, lik: r.lik, num: r.num } })),
      qs,
    );
    expect(ones).toEqual(plain);
  });

  prop.prop([fc.array(resp, { minLength: 1, maxLength: 60 })], { numRuns: 100 })("unweighted shares are exact: round half-up of 100·yes/valid", (rs) => {
    const agg = aggregateSurvey(
      rs.map((r) => ({ unit: r.unit, answers: { yes: r.yes, lik: r.lik, num: r.num } })),
      qs,
    );
    for (const u of agg.units) {
      const mine = rs.filter((r) => r.unit === u.unit && typeof r.yes === "boolean");
      const yes = mine.filter((r) => r.yes === true).length;
      if (mine.length === 0) expect(u.indicators.yes).toBeNull();
      else expect(u.indicators.yes).toBe(Math.floor((2 * 10000 * yes + mine.length) / (2 * mine.length)) / 100);
      const c = u.counts.yes!;
      expect(c.valid + c.blank + c.dontKnow).toBe(u.responses);
    }
  });
});
