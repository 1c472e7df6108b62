/**
 * aggregateSurvey reads ordinary unweighted answers (booleans, whole Likert points, numbers in
 * range) on a fast path and hands everything else to the validating path. These tests check that
 * the two give the same results and the same errors.
 */
import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import DecimalJs from "decimal.js";
import { aggregateSurvey, type Question, type SurveyResponse } from "../../src/index";
import { aggregateSurveyValidating } from "../../src/survey/aggregate";
import { arbSurvey } from "../../src/testing/index";
import { thrown } from "../foundation/helpers";

/** The outcome of a call: the JSON of the result, or the error's code, path and messages. */
function outcome(f: typeof aggregateSurvey, responses: unknown, questions: unknown, options?: unknown): string {
  try {
    return JSON.stringify(f(responses as never, questions as never, options as never));
  } catch (e) {
    const { code, path, message, messageVi } = e as { code?: string; path?: unknown; message: string; messageVi?: string };
    return `error ${code} ${JSON.stringify(path)} ${message} | ${messageVi}`;
  }
}
const same = (responses: unknown, questions: unknown, options?: unknown): void => {
  expect(outcome(aggregateSurvey, responses, questions, options)).toBe(outcome(aggregateSurveyValidating, responses, questions, options));
};

const questions: Question[] = [
  { id: "y", type: "yesNo" },
  { id: "l", type: "likert", agreeFrom: 4 },
  { id: "l7", type: "likert", scale: [-3, 3], agreeFrom: 1 },
  { id: "n", type: "numeric" },
  { id: "b", type: "numeric", min: 0, max: 100 },
  { id: "d", type: "numeric", dontKnow: [99, "x"] },
];

/** Answers as a survey tool exports them, plus the awkward ones the fast path must pass on. */
const answerOf = (q: Question): fc.Arbitrary<unknown> => {
  const blank = fc.constantFrom<unknown>(null, undefined, "", "  ");
  const number = fc.oneof(
    fc.integer({ min: -1_000_000, max: 1_000_000 }).chain((x) => fc.integer({ min: 0, max: 7 }).map((d) => x / 10 ** d)),
    fc.constantFrom(0, -0, 1, 99, 0.1 + 0.2, 1.005, 2.675, 1e15 - 1, 1e15, 4e15, 9007199254740991, 1e20, 1e308, 5e-324, -1e-7),
  );
  if (q.type === "yesNo")
    return fc.oneof({ weight: 6, arbitrary: fc.constantFrom<unknown>(true, false, 1, 0, "có", "No", "dk") }, { weight: 1, arbitrary: blank });
  if (q.type === "likert") {
    return fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: -4, max: 6 }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>("4", "dk", 2.5, -0) },
      { weight: 1, arbitrary: blank },
    );
  }
  return fc.oneof({ weight: 6, arbitrary: number }, { weight: 1, arbitrary: fc.constantFrom<unknown>("12,5", "dk", "x", 99) }, { weight: 1, arbitrary: blank });
};
const responsesOf = (qs: readonly Question[], maxLength = 40): fc.Arbitrary<SurveyResponse[]> =>
  fc
    .array(
      fc.record({
        unit: fc.constantFrom("A", "B", " a ", "C"),
        weight: fc.option(fc.constantFrom(1, 2, 0.5, 0.125, 3.3), { nil: undefined }),
        answers: fc.tuple(...qs.map(answerOf)),
      }),
      { minLength: 1, maxLength },
    )
    .map((rs) =>
      rs.map((r) => {
        const answers: Record<string, unknown> = {};
        r.answers.forEach((a, j) => {
          if (a !== undefined) answers[qs[j]!.id] = a;
        });
        return { unit: r.unit, ...(r.weight === undefined ? {} : { weight: r.weight }), answers };
      }),
    );

describe("aggregateSurvey: fast path and validating path", () => {
  prop.prop([arbSurvey({ maxResponses: 80 }), fc.integer({ min: 0, max: 3 })], { numRuns: 200 })(
    "fast path and validating path give identical results",
    ({ questions: qs, responses }, minResponses) => {
      same(responses, qs, { minResponses });
    },
  );

  prop.prop([responsesOf(questions)], { numRuns: 300 })("fast path and validating path give identical results and errors on awkward answers", (responses) => {
    same(responses, questions, { minResponses: 0 });
  });

  prop.prop(
    [
      fc.array(fc.tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 8 }), fc.constantFrom("A", "B")), {
        minLength: 1,
        maxLength: 40,
      }),
    ],
    { numRuns: 200 },
  )("unweighted means of answers with mixed decimals equal a 60-digit Decimal reference", (answers) => {
    const D60 = DecimalJs.clone({ precision: 60 });
    const responses = answers.map(([x, d, unit]) => ({ unit, answers: { n: x / 10 ** d } }));
    const agg = aggregateSurvey(responses, [{ id: "n", type: "numeric" }], { minResponses: 0 });
    for (const u of agg.units) {
      const mine = answers.filter((a) => a[2] === u.unit);
      const mean = mine.reduce((s, [x, d]) => s.plus(new D60(String(x / 10 ** d))), new D60(0)).div(mine.length);
      const want = Number(mean.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP).toFixed());
      expect(u.indicators.n).toBe(want === 0 ? 0 : want);
    }
  });

  it("sums that leave the exact range of doubles are still exact (and equal the validating path)", () => {
    const responses = [4e15, 4e15, 4e15, 1e-7, 0.5, 123456.789].map((n, i) => ({ unit: "A", answers: { n, y: i % 2 === 0 } }));
    const qs: Question[] = [
      { id: "n", type: "numeric" },
      { id: "y", type: "yesNo" },
    ];
    // biome-ignore lint/correctness/noPrecisionLoss: the expected value is the closest double to the rounded decimal, written as the decimal
    expect(aggregateSurvey(responses, qs, { minResponses: 0 }).units[0]!.indicators).toEqual({ n: 2000000000020576.21, y: 50 }); // (1.2e16 + 123457.2890001) / 6, the closest double;
    same(responses, qs, { minResponses: 0 });
  });
});

describe("aggregateSurvey: hostile answers leave the fast path with the same errors", () => {
  const qs: Question[] = [
    { id: "y", type: "yesNo" },
    { id: "l", type: "likert", agreeFrom: 4 },
    { id: "n", type: "numeric" },
  ];
  const ok = { y: true, l: 4, n: 1.5 };
  const throwing = (id: string): Record<string, unknown> => {
    const a: Record<string, unknown> = { ...ok };
    Object.defineProperty(a, id, {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    return a;
  };
  const sparse: unknown[] = [];
  sparse[2] = 1;
  const cases: [string, Record<string, unknown> | unknown, string, (string | number)[]][] = [
    ["NaN (numeric)", { ...ok, n: Number.NaN }, "INVALID_NUMBER", ["responses", 1, "answers", "n"]],
    ["Infinity (numeric)", { ...ok, n: Number.POSITIVE_INFINITY }, "INVALID_NUMBER", ["responses", 1, "answers", "n"]],
    ["-Infinity (numeric)", { ...ok, n: Number.NEGATIVE_INFINITY }, "INVALID_NUMBER", ["responses", 1, "answers", "n"]],
    ["NaN (likert)", { ...ok, l: Number.NaN }, "INVALID_NUMBER", ["responses", 1, "answers", "l"]],
    ["Infinity (likert)", { ...ok, l: Number.POSITIVE_INFINITY }, "INVALID_NUMBER", ["responses", 1, "answers", "l"]],
    ["NaN (yes/no)", { ...ok, y: Number.NaN }, "INVALID_INPUT", ["responses", 1, "answers", "y"]],
    ["2 (yes/no)", { ...ok, y: 2 }, "INVALID_INPUT", ["responses", 1, "answers", "y"]],
    ['"abc" (numeric)', { ...ok, n: "abc" }, "INVALID_NUMBER", ["responses", 1, "answers", "n"]],
    ['"abc" (yes/no)', { ...ok, y: "abc" }, "INVALID_INPUT", ["responses", 1, "answers", "y"]],
    ["an object (numeric)", { ...ok, n: {} }, "INVALID_NUMBER", ["responses", 1, "answers", "n"]],
    ["an object (yes/no)", { ...ok, y: { valueOf: () => true } }, "INVALID_INPUT", ["responses", 1, "answers", "y"]],
    ["an array (likert)", { ...ok, l: [4] }, "INVALID_NUMBER", ["responses", 1, "answers", "l"]],
    ["a sparse array (numeric)", { ...ok, n: sparse }, "INVALID_NUMBER", ["responses", 1, "answers", "n"]],
    ["a fractional likert point", { ...ok, l: 4.5 }, "INVALID_INPUT", ["responses", 1, "answers", "l"]],
    ["a likert point off the scale", { ...ok, l: 6 }, "INVALID_INPUT", ["responses", 1, "answers", "l"]],
    ["a getter that throws", throwing("n"), "INVALID_INPUT", []],
    ["a __proto__ key", JSON.parse('{"y": true, "__proto__": 1}') as unknown, "INVALID_INPUT", ["responses", 1, "answers", "__proto__"]],
    ["a __proto__ key holding answers", JSON.parse('{"__proto__": {"y": true}}') as unknown, "INVALID_INPUT", ["responses", 1, "answers", "__proto__"]],
    ["answers as a sparse array", sparse, "INVALID_INPUT", ["responses", 1, "answers"]],
  ];
  it.each(cases)("%s", (_name, answers, code, path) => {
    const responses = [
      { unit: "A", answers: ok },
      { unit: "A", answers },
      { unit: "A", answers: ok },
    ];
    const e = thrown(() => aggregateSurvey(responses as never, qs));
    expect([e.code, e.path]).toEqual([code, path]);
    same(responses, qs);
  });

  it("blank strings count as blanks on both paths", () => {
    const responses = [
      { unit: "A", answers: { y: "", l: " ", n: "" } },
      { unit: "A", answers: ok },
    ];
    expect(aggregateSurvey(responses, qs).units[0]!.counts).toEqual({
      y: { valid: 1, blank: 1, dontKnow: 0 },
      l: { valid: 1, blank: 1, dontKnow: 0 },
      n: { valid: 1, blank: 1, dontKnow: 0 },
    });
    same(responses, qs);
  });

  it("holes in the responses array", () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole in the responses is the case under test
    const responses = [{ unit: "A", answers: ok }, , { unit: "A", answers: ok }];
    expect(thrown(() => aggregateSurvey(responses as never, qs)).path).toEqual(["responses", 1]);
    same(responses, qs);
  });

  it("an answer error comes before an unknown question in the same response, as before", () => {
    const responses = [{ unit: "A", answers: { zz: 1, y: "maybe" } }];
    expect(thrown(() => aggregateSurvey(responses, qs)).path).toEqual(["responses", 0, "answers", "y"]);
    same(responses, qs);
  });

  it("a Proxy whose key listing throws: a bad answer is still reported first, then the listing", () => {
    const trap = (answers: Record<string, unknown>) =>
      new Proxy(answers, {
        ownKeys: () => {
          throw new Error("no keys");
        },
      });
    const bad = [{ unit: "A", answers: trap({ y: "maybe" }) }];
    expect(thrown(() => aggregateSurvey(bad, qs)).path).toEqual(["responses", 0, "answers", "y"]);
    const good = [{ unit: "A", answers: trap({ y: true }) }];
    const e = thrown(() => aggregateSurvey(good, qs));
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", []]);
    expect(e.message).toContain("no keys");
    same(bad, qs);
    same(good, qs);
  });

  it("answers inherited from a prototype are read as before", () => {
    const responses = [{ unit: "A", answers: Object.assign(Object.create({ y: true }) as object, { l: 5 }) }];
    expect(aggregateSurvey(responses, qs, { minResponses: 0 }).units[0]!.indicators).toEqual({ y: 100, l: 100, n: null });
    same(responses, qs, { minResponses: 0 });
  });
});
