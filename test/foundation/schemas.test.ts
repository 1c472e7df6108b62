/**
 * The exported schemas accept exactly what the functions accept: for each schema, on valid inputs
 * and on inputs with one thing wrong (a score of 11, a misspelt key, a year with no edition, a
 * reserved key, a hostile value…), `schema.safeParse(x).success` ⇔ the function throws no PgiError.
 */
import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import {
  aggregateSurvey,
  isPgiError,
  NumberInputSchema,
  parseNumber,
  QuestionSchema,
  QuestionsSchema,
  ScoreCardInputSchema,
  ScoresInputSchema,
  scoreCard,
  createPlan,
  PlanInputSchema,
  trajectory,
  TrajectoryInputSchema,
  TargetSpecSchema,
  ObservationsSchema,
  assessProgress,
  parsePeriod,
  YearSchema,
  FrameworkSpecSchema,
  defineFramework,
} from "../../src/index";
import { arbFrameworkCase, arbHostileValue, arbPlanInput, arbScoreCardInput, arbScoreText, arbSurvey, arbTrajectoryInput } from "../../src/testing/index";

/** True when `call` returns, false when it throws a PgiError (anything else fails the test). */
function accepts(call: () => unknown): boolean {
  try {
    call();
    return true;
  } catch (e) {
    if (isPgiError(e)) return false;
    throw e;
  }
}

const hostile = arbHostileValue().map((d) => d.value);
const badScore = fc.constantFrom<unknown>(11, 0.5, -1, "abc", "4,845", "1,234", "", null, Number.NaN, "10,01", 10, 1, "  6,58 ");
const badKey = fc.constantFrom("polution", "Pollution", "5", "0", "__proto__", "constructor", "giam thieu", "greenpractices", "k".repeat(300));

/** One change to a JSON-like object at `key` (set, delete or rename), or none. */
type Edit = { kind: "set"; key: string; value: unknown } | { kind: "delete"; key: string } | { kind: "rename"; key: string; to: string } | { kind: "none" };
function edited<T extends object>(value: T, edit: Edit): T {
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (edit.kind === "set") Object.defineProperty(copy, edit.key, { value: edit.value, enumerable: true, writable: true, configurable: true });
  else if (edit.kind === "delete") delete copy[edit.key];
  else if (edit.kind === "rename" && edit.key in copy) {
    const v = copy[edit.key];
    delete copy[edit.key];
    Object.defineProperty(copy, edit.to, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return copy as T;
}

const scoresEdit = (keys: readonly string[]): fc.Arbitrary<Edit> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant<Edit>({ kind: "none" }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("set" as const), key: fc.constantFrom(...keys), value: fc.oneof(badScore, hostile) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("set" as const), key: badKey, value: fc.constant<unknown>(5) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), key: fc.constantFrom(...keys) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("rename" as const), key: fc.constantFrom(...keys), to: badKey }) },
  );

const cardEdit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<Edit>({ kind: "none" }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      key: fc.constantFrom("unit", "year", "composite", "rank", "source", "scores", "compsite", "__proto__"),
      value: fc.oneof(
        fc.constantFrom<unknown>("", "  ", "Lạng Sơn", 1800, 2021, 2025, 2031, "2024", " 2023 ", 2023.5, 0, 1, 1.5, 63, "17,33", 41, "x".repeat(400)),
        hostile,
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), key: fc.constantFrom("unit", "year", "scores", "composite") }) },
);

describe("schema-valid ⇔ the function throws no PgiError", () => {
  prop.prop([
    fc.oneof(
      arbScoreText().map((t) => t.text as unknown),
      badScore,
      hostile,
      fc.double(),
      fc.string({ maxLength: 12 }),
    ),
  ])("NumberInputSchema ⇔ parseNumber", (x) => {
    expect(NumberInputSchema.safeParse(x).success).toBe(accepts(() => parseNumber(x as never)));
  });

  prop.prop([arbScoreCardInput({ keys: "any", numbers: "mixed" }).chain((input) => scoresEdit(Object.keys(input.scores)).map((e) => edited(input.scores, e)))])(
    "ScoresInputSchema ⇔ scoreCard's scores",
    (scores) => {
      expect(ScoresInputSchema.safeParse(scores).success).toBe(accepts(() => scoreCard({ unit: "Lạng Sơn", year: 2024, scores } as never)));
    },
  );

  prop.prop([
    arbScoreCardInput({ keys: "any", numbers: "mixed", composite: "rounding" }).chain((input) =>
      fc.tuple(cardEdit, scoresEdit(Object.keys(input.scores))).map(([e, s]) => edited({ ...input, scores: edited(input.scores, s) }, e)),
    ),
  ])("ScoreCardInputSchema ⇔ scoreCard", (input) => {
    expect(ScoreCardInputSchema.safeParse(input).success).toBe(accepts(() => scoreCard(input as never)));
  });

  const planEdit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 2, arbitrary: fc.constant<Edit>({ kind: "none" }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant("set" as const),
        key: fc.constantFrom("unit", "indexUnit", "units", "baselineYear", "targetYear", "compositeTarget", "title", "__proto__", "tagets"),
        value: fc.constantFrom<unknown>("", "Lạng Sơn", "Huyện Văn Quan", "any", "all", 2022, 2023, 2026, 1800, "2024", 17.33, "17,33", 41, "x".repeat(400)),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("delete" as const), key: fc.constantFrom("unit", "baselineYear", "targetYear", "baseline", "targets") }),
    },
  );
  prop.prop([
    arbPlanInput({ targets: "any" }).chain((input) =>
      fc
        .tuple(planEdit, scoresEdit(Object.keys(input.baseline)), scoresEdit(Object.keys(input.targets)))
        .map(([e, b, t]) => edited({ ...input, baseline: edited(input.baseline, b), targets: edited(input.targets, t) }, e)),
    ),
  ])("PlanInputSchema ⇔ createPlan", (input) => {
    expect(PlanInputSchema.safeParse(input).success).toBe(accepts(() => createPlan(input as never)));
  });

  const trajectoryEdit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 2, arbitrary: fc.constant<Edit>({ kind: "none" }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant("set" as const),
        key: fc.constantFrom("baselineYear", "targetYear", "baseline", "target", "direction", "decimals", "label", "__proto__", "taget"),
        value: fc.oneof(
          fc.constantFrom<unknown>(2020, 2023, 2026, 2031, "2025-Q2", "2025-06", "2024", 1800, "17,33", 25, 11, "abc", "lower", "up", 2, 9, -1, ""),
          hostile,
        ),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), key: fc.constantFrom("baselineYear", "targetYear", "baseline", "target") }) },
  );
  prop.prop([arbTrajectoryInput().chain((input) => trajectoryEdit.map((e) => edited(input, e)))])("TrajectoryInputSchema ⇔ trajectory", (input) => {
    expect(TrajectoryInputSchema.safeParse(input).success).toBe(accepts(() => trajectory(input as never)));
  });

  const plan = {
    unit: "Lạng Sơn",
    baselineYear: 2023,
    targetYear: 2025,
    baseline: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
  };
  const targetNumber = fc.oneof(
    arbScoreText().map((t) => t.text as unknown),
    badScore,
    fc.constantFrom<unknown>("4,845", "-9", 9, -9.01, 12, "9,5"),
    hostile,
  );
  const targetSpec = fc.oneof(
    { weight: 2, arbitrary: targetNumber },
    {
      weight: 4,
      arbitrary: fc
        .record(
          {
            target: targetNumber,
            delta: targetNumber,
            comparator: fc.constantFrom<unknown>("atLeast", "atMost", "exactly", "greater", 5, ""),
            owners: fc.constantFrom<unknown>(
              "Sở TN&MT",
              "",
              "  ",
              ["Sở A", "Sở B"],
              [],
              [""],
              [5],
              5,
              "o".repeat(301),
              Array.from({ length: 101 }, (_, i) => `Sở ${i}`),
            ),
            due: fc.constantFrom<unknown>("2024-12-31", "2024-02-30", "31/12/2024", 20241231, "2024-2-3"),
          },
          { requiredKeys: [] },
        )
        .chain((spec) =>
          fc
            .constantFrom<Edit>(
              { kind: "none" },
              { kind: "set", key: "traget", value: 5 },
              { kind: "set", key: "__proto__", value: 5 },
              { kind: "set", key: "owners", value: undefined },
            )
            .map((e) => edited(spec, e)),
        ),
    },
    { weight: 1, arbitrary: hostile },
  );
  prop.prop([targetSpec])("TargetSpecSchema ⇔ createPlan with it as a sub-index's target", (spec) => {
    expect(TargetSpecSchema.safeParse(spec).success).toBe(accepts(() => createPlan({ ...plan, targets: { pollution: spec } } as never)));
  });

  prop.prop([
    fc.oneof(
      fc.integer({ min: 1850, max: 2150 }),
      fc.integer({ min: 1850, max: 2150 }).map(String),
      fc.constantFrom<unknown>(" 2024 ", "2024.0", 2024.5, "02024", "2025-Q1", "", "abc", -0, Number.NaN),
      hostile,
    ),
  ])("YearSchema ⇔ createPlan with it as both years", (year) => {
    expect(YearSchema.safeParse(year).success).toBe(accepts(() => createPlan({ ...plan, targets: {}, baselineYear: year, targetYear: year } as never)));
  });

  /** The trajectory from 1900 to 2100 of the kind of the observations' first quarter or month (else yearly). */
  function widest(observations: unknown): ReturnType<typeof trajectory> {
    const yearOf = (o: unknown) => {
      try {
        return typeof o === "object" && o !== null ? (o as { year?: unknown }).year : undefined;
      } catch {
        return undefined; // a hostile getter: refused by both sides anyway
      }
    };
    const years = Array.isArray(observations) ? observations.map(yearOf) : [];
    const g = years.map(parsePeriod).find((p) => p !== null)?.granularity;
    if (g === "quarter") return trajectory({ baselineYear: "1900-Q1", baseline: 0, targetYear: "2100-Q4", target: 1 });
    if (g === "month") return trajectory({ baselineYear: "1900-01", baseline: 0, targetYear: "2100-12", target: 1 });
    return trajectory({ baselineYear: 1900, baseline: 0, targetYear: 2100, target: 1 });
  }
  const observedYear = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1901, max: 2100 }) },
    {
      weight: 2,
      arbitrary: fc.integer({ min: 1901, max: 2100 }).chain((y) => fc.constantFrom(`${y}-Q2`, `Quý III/${y}`, `${y}-06`, `06/${y}`, `${y}`, ` ${y} `)),
    },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(1800, 2200, "2201-Q1", 2024.5, "abc", null, "2025-Q5") },
  );
  const observation = fc.oneof(
    { weight: 6, arbitrary: fc.record({ year: observedYear, value: fc.oneof(targetNumber, fc.double()) }) },
    { weight: 1, arbitrary: fc.record({ year: observedYear, value: fc.constant(5), note: fc.constant("x") }) },
    { weight: 1, arbitrary: fc.record({ year: observedYear }) },
    { weight: 1, arbitrary: hostile },
  );
  prop.prop([fc.oneof({ weight: 6, arbitrary: fc.array(observation, { maxLength: 5 }) }, { weight: 1, arbitrary: hostile })])(
    "ObservationsSchema ⇔ assessProgress against a trajectory from 1900 to 2100 of their kind",
    (observations) => {
      expect(ObservationsSchema.safeParse(observations).success).toBe(accepts(() => assessProgress(widest(observations), observations as never)));
    },
  );

  /** One thing changed in a framework spec: at its top, in a component, or in an indicator. */
  const frameworkEdit = (spec: Record<string, unknown>): fc.Arbitrary<unknown> => {
    const components = spec.components as Record<string, unknown>[];
    const indicators = (spec.indicators ?? []) as Record<string, unknown>[];
    const at = <T extends Record<string, unknown>>(list: T[], i: number, e: Edit) => list.map((x, j) => (j === i ? edited(x, e) : x));
    const top = fc.record({
      kind: fc.constant("set" as const),
      key: fc.constantFrom("id", "aggregation", "composite", "decimals", "normalization", "edition", "__proto__", "indicatrs"),
      value: fc.constantFrom<unknown>(
        "x",
        "",
        "__proto__",
        "median",
        "weightedSum",
        "geometricMean",
        "none",
        "max",
        11,
        6,
        -1,
        2024,
        null,
        { method: "minmax", range: [10, 1] },
        { method: "rank" },
      ),
    });
    const inComponent = fc.record({
      kind: fc.constant("set" as const),
      key: fc.constantFrom("id", "weight", "name", "decimals", "scale", "direction", "kind", "colour"),
      value: fc.constantFrom<unknown>("c1", "c2", "", 2, 0, -1, 1, 7, [1, 10], [10, 1], "lower", "up", "yesNo", { vi: "A", en: "A" }, "x".repeat(400)),
    });
    const inIndicator = fc.record({
      kind: fc.constant("set" as const),
      key: fc.constantFrom("id", "component", "direction", "weight", "normalization", "__proto__"),
      value: fc.constantFrom<unknown>(
        "i1_1",
        "c1",
        "c9",
        "higher",
        "up",
        1,
        2,
        0,
        { method: "goalposts", min: 90, max: 10 },
        { method: "zscore", sd: 0 },
        { method: "zscore" },
        { method: "distanceToReference", unit: "" },
        { method: "rank" },
        { method: "distanceToTarget", low: 5, target: 5 },
      ),
    });
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant<unknown>(spec) },
      { weight: 3, arbitrary: top.map((e) => edited(spec, e)) },
      { weight: 3, arbitrary: fc.tuple(fc.nat(components.length - 1), inComponent).map(([i, e]) => ({ ...spec, components: at(components, i, e) })) },
      ...(indicators.length > 0
        ? [{ weight: 3, arbitrary: fc.tuple(fc.nat(indicators.length - 1), inIndicator).map(([i, e]) => ({ ...spec, indicators: at(indicators, i, e) })) }]
        : []),
      { weight: 1, arbitrary: hostile },
    );
  };
  prop.prop([arbFrameworkCase({ maxUnits: 1 }).chain((c) => frameworkEdit(c.spec as unknown as Record<string, unknown>))])(
    "FrameworkSpecSchema ⇔ defineFramework",
    (spec) => {
      expect(FrameworkSpecSchema.safeParse(spec).success).toBe(accepts(() => defineFramework(spec as never)));
    },
  );

  const question = fc.oneof(
    fc.record({ id: fc.constantFrom("q", "support", "__proto__", ""), type: fc.constant("yesNo") }),
    fc.record(
      {
        id: fc.constantFrom("q", "prototype"),
        type: fc.constant("likert"),
        scale: fc.constantFrom<unknown>([1, 5], [1, 7], [5, 1], [-3, 3], [1.5, 4]),
        agreeFrom: fc.constantFrom<unknown>(4, 6, 0, -3, 1, 7, "4"),
      },
      { requiredKeys: ["id", "type"] },
    ),
    fc.record(
      {
        id: fc.constantFrom("q", "n"),
        type: fc.constantFrom("numeric", "number"),
        min: fc.constantFrom<unknown>(0, 1e16, -5),
        max: fc.constantFrom<unknown>(100, 5, Number.NaN),
      },
      { requiredKeys: ["id", "type"] },
    ),
    hostile,
  );

  prop.prop([question])("QuestionSchema ⇔ aggregateSurvey of that one question", (q) => {
    expect(QuestionSchema.safeParse(q).success).toBe(accepts(() => aggregateSurvey([], [q] as never)));
  });

  prop.prop([
    fc.oneof(
      fc.array(question, { maxLength: 4 }),
      arbSurvey().map((s) => s.questions as unknown[]),
      hostile,
    ),
  ])("QuestionsSchema ⇔ aggregateSurvey's questions", (qs) => {
    expect(QuestionsSchema.safeParse(qs).success).toBe(accepts(() => aggregateSurvey([], qs as never)));
  });
});

describe("the schemas refuse what the functions refuse (named cases)", () => {
  const card = { unit: "Lạng Sơn", year: 2023, scores: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 } };
  prop.prop(
    [
      fc.constantFrom<[string, unknown]>(
        ["a score of 11", { ...card, scores: { ...card.scores, pollution: 11 } }],
        ["a misspelt sub-index", { ...card, scores: { polution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 } }],
        ["a year with no edition", { ...card, year: 2021 }],
        ["a sub-index missing", { ...card, scores: { pollution: 4.84 } }],
      ),
    ],
    { numRuns: 4 },
  )("%s", ([, input]) => {
    const r = ScoreCardInputSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(accepts(() => scoreCard(input as never))).toBe(false);
  });

  const plan = { unit: "Lạng Sơn", baselineYear: 2023, targetYear: 2025, baseline: card.scores, targets: { pollution: 6.58 } };
  prop.prop(
    [
      fc.constantFrom<[string, unknown]>(
        ["a plan with a misspelt sub-index", { ...plan, targets: { polution: 6.58 } }],
        ["a plan with a baseline of 11", { ...plan, baseline: { ...card.scores, incentives: 11 } }],
      ),
    ],
    { numRuns: 2 },
  )("%s", ([, input]) => {
    expect(PlanInputSchema.safeParse(input).success).toBe(false);
    expect(accepts(() => createPlan(input as never))).toBe(false);
  });

  it('a target read on the sub-index\'s scale: "4,845" is 4.845 (the schema used to call it ambiguous)', () => {
    for (const spec of ["4,845", { target: "4,845" }, { delta: "1,234" }]) {
      expect(TargetSpecSchema.safeParse(spec).success).toBe(true);
      expect(accepts(() => createPlan({ ...plan, targets: { pollution: spec } } as never))).toBe(true);
    }
  });

  it("observations with a year twice, or years and quarters mixed, are refused (the schema used to accept them)", () => {
    for (const obs of [
      [
        { year: 2024, value: 1 },
        { year: 2024, value: 2 },
      ],
      [
        { year: "2025-Q1", value: 1 },
        { year: 2024, value: 2 },
      ],
      [
        { year: "2025-Q1", value: 1 },
        { year: "2025-06", value: 2 },
      ],
    ]) {
      const r = ObservationsSchema.safeParse(obs);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path[0]).toBe(1);
    }
  });

  it("a framework whose indicator names no component, or that gives a weight no rule uses, is refused (the schema accepted them)", () => {
    const spec = { id: "x", name: { vi: "X", en: "X" }, components: [{ id: "a" }], indicators: [{ id: "i", component: "a", direction: "higher" }] };
    expect(FrameworkSpecSchema.safeParse(spec).success).toBe(true);
    for (const bad of [
      { ...spec, indicators: [{ id: "i", component: "b", direction: "higher" }] },
      { ...spec, components: [{ id: "a", weight: 2 }] },
      { ...spec, components: [{ id: "a" }, { id: "a" }] },
    ]) {
      expect(FrameworkSpecSchema.safeParse(bad).success).toBe(false);
      expect(accepts(() => defineFramework(bad as never))).toBe(false);
    }
  });

  it("a trajectory with reversed years", () => {
    const input = { baselineYear: 2026, baseline: 17.33, targetYear: 2023, target: 25 };
    expect(TrajectoryInputSchema.safeParse(input).success).toBe(false);
    expect(accepts(() => trajectory(input))).toBe(false);
  });
});
