/**
 * The arbitraries of pgi-kit/testing themselves: valid ones are accepted by the library and hold
 * the invariants they are documented for; the planted inconsistency is found, and only it; hostile
 * ones are hostile; failing cases shrink to small, readable figures.
 */
import { test as prop, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  aggregateSurvey,
  checkPlan,
  createPlan,
  defineFramework,
  isPgiError,
  parseNumber,
  PGI_SUBINDEX_IDS,
  rank,
  scoreCard,
  scoreTable,
  scoreUnits,
  subIndex,
  PGI,
  trajectory,
} from "../../src/index";
import {
  arbFrameworkCase,
  arbHostileValue,
  arbInconsistentPlan,
  arbPlanInput,
  arbScore,
  arbScoreCardInput,
  arbScoreTableCards,
  arbScoreText,
  arbSurvey,
  arbTampered,
  arbTrajectoryInput,
  exactDifference,
  exactSum,
  HOSTILE_KINDS,
  hostileValue,
  PLANTED_FINDINGS,
  type HostileKind,
} from "../../src/testing";
import { thrown } from "../foundation/helpers";

/** The counterexample fast-check reports after shrinking. */
function shrunk<T>(arb: fc.Arbitrary<T>, predicate: (t: T) => boolean): T {
  const r = fc.check(fc.property(arb, predicate), { seed: 42, numRuns: 500 });
  if (!r.failed || r.counterexample === null) throw new Error("expected the property to fail");
  return r.counterexample[0];
}

describe("arbScore and arbScoreText", () => {
  prop.prop([arbScore()], { numRuns: 300 })("a score lies on 1–10 with at most 2 decimals, printed exactly", (s) => {
    expect(s).toBeGreaterThanOrEqual(1);
    expect(s).toBeLessThanOrEqual(10);
    expect(String(s)).toMatch(/^\d+(\.\d{1,2})?$/);
    expect(parseNumber(String(s))).toBe(s);
  });

  prop.prop([arbScore({ min: -5, max: 5, decimals: 3 })], { numRuns: 200 })("other scales and decimals are honoured", (s) => {
    expect(Math.abs(s)).toBeLessThanOrEqual(5);
    expect(String(s)).toMatch(/^-?\d+(\.\d{1,3})?$/);
  });

  prop.prop([arbScoreText({ decimals: 3, min: 0, max: 2000 })], { numRuns: 300 })(
    "score text parses back to its value, never as ambiguous",
    ({ text, value, lang }) => {
      expect(parseNumber(text)).toBe(value);
      expect(text.includes(lang === "vi" ? "." : ",")).toBe(false);
    },
  );

  it("shrinks towards the bottom of the scale", () => {
    expect(shrunk(arbScore(), (s) => s < 5)).toBe(5);
    expect(shrunk(arbScoreText({ lang: "en" }), ({ value }) => value < 2.5).value).toBe(2.5);
  });

  it("refuses bad options with a PgiError", () => {
    expect(thrown(() => arbScore({ min: 5, max: 1 })).path).toEqual(["min"]);
    expect(thrown(() => arbScore({ decimals: 1.5 })).path).toEqual(["decimals"]);
    expect(thrown(() => arbScore({ max: Number.NaN })).path).toEqual(["max"]);
    expect(thrown(() => arbScoreText({ lang: "fr" as never })).path).toEqual(["lang"]);
  });
});

describe("arbScoreCardInput", () => {
  const options = fc.record({
    keys: fc.constantFrom("ids" as const, "any" as const),
    numbers: fc.constantFrom("number" as const, "vi" as const, "en" as const, "mixed" as const),
    composite: fc.constantFrom("none" as const, "sum" as const, "rounding" as const),
  });

  prop.prop([options.chain((o) => fc.tuple(fc.constant(o), arbScoreCardInput(o)))], { numRuns: 300 })(
    "every generated card is accepted, its composite is the exact sum, and a rounding composite gives COMPOSITE_ROUNDING",
    ([o, input]) => {
      const card = scoreCard(input);
      expect(card.computedComposite).toBe(exactSum(Object.values(input.scores)));
      for (const [key, value] of Object.entries(input.scores)) expect((card.scores as Record<string, number>)[subIndex(PGI, key).id]).toBe(parseNumber(value));
      const codes = card.findings.map((f) => f.code);
      expect(codes).toEqual(o.composite === "rounding" ? ["COMPOSITE_ROUNDING"] : []);
      if (o.numbers === "vi" || o.numbers === "en") for (const v of Object.values(input.scores)) expect(typeof v).toBe("string");
    },
  );

  it("uses every spelling of the sub-indices with keys: any", () => {
    const keys = new Set(fc.sample(arbScoreCardInput({ keys: "any" }), { seed: 1, numRuns: 300 }).flatMap((i) => Object.keys(i.scores)));
    expect(keys.size).toBeGreaterThan(16);
  });

  it("shrinks a failing card to the boundary of the property", () => {
    const input = shrunk(arbScoreCardInput(), (i) => exactSum(Object.values(i.scores)) < 20);
    expect(exactSum(Object.values(input.scores))).toBe(20);
    expect(input.unit).toBe("Hà Giang"); // the first province
    expect(input.year).toBe(2022); // the first edition
  });
});

describe("arbPlanInput", () => {
  prop.prop([arbPlanInput({ targets: "any" })], { numRuns: 300 })("a consistent plan is accepted and checks with no error and no warning", (input) => {
    const plan = createPlan(input);
    expect(checkPlan(plan).filter((f) => f.severity !== "info")).toEqual([]);
    expect(plan.targetYear).toBeGreaterThan(plan.baselineYear);
  });

  prop.prop([arbPlanInput()], { numRuns: 200 })("with number targets, delta = target − baseline exactly", (input) => {
    const plan = createPlan(input);
    for (const id of PGI_SUBINDEX_IDS) {
      expect(plan.subIndices[id].delta).toBe(exactDifference(input.targets[id] as number, input.baseline[id]));
    }
  });

  it("states the composite target when asked, as the exact sum of the targets", () => {
    for (const input of fc.sample(arbPlanInput({ compositeTarget: true }), { seed: 3, numRuns: 50 })) {
      expect(input.compositeTarget).toBe(exactSum(PGI_SUBINDEX_IDS.map((id) => input.targets[id] as number)));
    }
    for (const input of fc.sample(arbPlanInput({ compositeTarget: false }), { seed: 3, numRuns: 50 })) expect(input.compositeTarget).toBeUndefined();
  });
});

describe("arbInconsistentPlan", () => {
  for (const kind of PLANTED_FINDINGS) {
    prop.prop([arbInconsistentPlan({ kinds: [kind] })], { numRuns: 120 })(`checkPlan finds the planted ${kind}, and only it`, ({ input, expected }) => {
      expect(expected.code).toBe(kind);
      const found = checkPlan(input).filter((f) => f.severity !== "info");
      expect(found.map((f) => ({ code: f.code, severity: f.severity, path: f.path }))).toEqual([expected]);
    });
  }

  it("plants both severities of COMPOSITE_MISMATCH", () => {
    const severities = new Set(fc.sample(arbInconsistentPlan({ kinds: ["COMPOSITE_MISMATCH"] }), { seed: 5, numRuns: 300 }).map((p) => p.expected.severity));
    expect([...severities].sort()).toEqual(["error", "warning"]);
  });

  it("refuses unknown kinds", () => {
    expect(thrown(() => arbInconsistentPlan({ kinds: ["NOPE" as never] })).path).toEqual(["kinds"]);
    expect(thrown(() => arbInconsistentPlan({ kinds: [] })).path).toEqual(["kinds"]);
  });
});

describe("arbScoreTableCards", () => {
  prop.prop([arbScoreTableCards()], { numRuns: 150 })("N distinct provinces, accepted by scoreTable, with at least one composite tie", (cards) => {
    expect(cards.length).toBeGreaterThanOrEqual(2);
    expect(cards.length).toBeLessThanOrEqual(12);
    const t = scoreTable(cards);
    expect(new Set(t.rows.map((r) => r.province)).size).toBe(cards.length);
    const composites = t.rows.map((r) => r.composite);
    expect(new Set(composites).size).toBeLessThan(composites.length);
    expect(new Set(cards.map((c) => c.year)).size).toBe(1);
  });

  prop.prop([arbScoreTableCards({ minUnits: 5, maxUnits: 63, ties: false, year: 2023 })], { numRuns: 40 })("sizes and editions are honoured", (cards) => {
    expect(cards.length).toBeGreaterThanOrEqual(5);
    expect(cards.every((c) => c.year === 2023)).toBe(true);
    expect(rank(scoreTable(cards)).rows).toHaveLength(cards.length);
  });

  it("refuses impossible sizes", () => {
    expect(thrown(() => arbScoreTableCards({ minUnits: 10, maxUnits: 3 })).path).toEqual(["minUnits"]);
    expect(thrown(() => arbScoreTableCards({ maxUnits: 64 })).path).toEqual(["maxUnits"]);
  });
});

describe("arbFrameworkCase", () => {
  prop.prop([arbFrameworkCase()], { numRuns: 200 })(
    "every spec is accepted by defineFramework and its rows by scoreUnits, scores on the scale",
    ({ spec, rows }) => {
      const fw = defineFramework(spec);
      const s = scoreUnits(fw, rows);
      expect(s.units).toHaveLength(rows.length);
      for (const u of s.units) {
        for (const v of Object.values(u.components)) if (v !== null) expect(v >= fw.components[0]!.scale.min && v <= fw.components[0]!.scale.max).toBe(true);
        if (u.composite !== null) expect(u.composite >= fw.composite.scale.min && u.composite <= fw.composite.scale.max).toBe(true);
      }
    },
  );

  it("covers every normalisation method, aggregation and composite rule", () => {
    const specs = fc.sample(arbFrameworkCase(), { seed: 9, numRuns: 200 }).map((c) => c.spec);
    const methods = new Set(specs.flatMap((s) => (s.indicators ?? []).map((i) => i.normalization?.method ?? "default")));
    expect([...methods].sort()).toEqual(["default", "distanceToTarget", "goalposts"]);
    expect(new Set(specs.map((s) => s.composite)).size).toBe(3);
    expect(new Set(specs.map((s) => s.aggregation)).size).toBe(2);
  });
});

describe("arbTrajectoryInput and arbSurvey", () => {
  prop.prop([arbTrajectoryInput()], { numRuns: 200 })("every trajectory input is accepted; the path starts at the baseline and ends at the target", (input) => {
    const t = trajectory(input);
    expect(t.milestones[0]!.value).toBe(input.baseline);
    expect(t.milestones.at(-1)!.value).toBe(input.target);
    expect(t.direction).toBe(input.target < input.baseline ? "lower" : "higher");
  });

  prop.prop([arbSurvey()], { numRuns: 150 })("every survey is accepted; shares lie within 0–100", ({ questions, responses }) => {
    const agg = aggregateSurvey(responses, questions, { minResponses: 1 });
    expect(agg.units.reduce((a, u) => a + u.responses, 0)).toBe(responses.length);
    for (const u of agg.units) {
      for (const q of questions) {
        const v = u.indicators[q.id];
        if (q.type !== "numeric" && v !== null && v !== undefined) expect(v >= 0 && v <= 100).toBe(true);
      }
    }
  });
});

describe("hostile values", () => {
  const isObjectKind = (v: unknown) => (typeof v === "object" && v !== null) || typeof v === "function";

  it("each kind is what its name says", () => {
    const v = (k: HostileKind) => hostileValue(k);
    expect(v("null")).toBeNull();
    expect(v("undefined")).toBeUndefined();
    expect(Number.isNaN(v("nan"))).toBe(true);
    expect([v("infinity"), v("negativeInfinity")]).toEqual([Infinity, -Infinity]);
    expect(Object.is(v("negativeZero"), -0)).toBe(true);
    expect([v("hugeNumber"), v("tinyNumber"), v("maxSafePlusOne"), v("negativeNumber")]).toEqual([1e308, 5e-324, 2 ** 53, -1]);
    expect([v("emptyString"), v("nonNumericString"), v("twoCommas"), v("twoDots"), v("exponentString")]).toEqual(["", "abc", "6,5,8", "1.2.3", "1e5"]);
    expect((v("megabyteString") as string).length).toBe(1 << 20);
    expect(v("longDigits")).toMatch(/^1{400}$/);
    expect(typeof v("symbol")).toBe("symbol");
    expect(typeof v("bigint")).toBe("bigint");
    expect(Object.getPrototypeOf(v("nullPrototype"))).toBeNull();
    expect(Object.keys(v("protoKey") as object)).toEqual(["__proto__"]);
    expect(Object.keys(v("constructorKey") as object)).toEqual(["constructor"]);
    expect(() => (v("throwingGetter") as { unit: unknown }).unit).toThrow("hostile getter");
    expect(() => Object.values(v("throwingGetter") as object)).toThrow();
    expect(1 in (v("holeyArray") as unknown[])).toBe(false);
    expect(ArrayBuffer.isView(v("typedArray"))).toBe(true);
    expect(() => JSON.stringify(v("cyclicObject"))).toThrow();
    expect(() => JSON.stringify(v("cyclicArray"))).toThrow();
    expect(() => JSON.stringify(v("bigint"))).toThrow();
    expect(typeof v("function")).toBe("function");
    expect(v("date")).toBeInstanceOf(Date);
    expect(v("map")).toBeInstanceOf(Map);
    expect(v("set")).toBeInstanceOf(Set);
    expect([v("number1e21"), v("outOfScale"), v("fractionalYear")]).toEqual([1e21, 11, 2024.5]);
    expect([v("ambiguousString"), v("infinityString"), v("nanString"), v("protoString")]).toEqual(["1,234", "Infinity", "NaN", "__proto__"]);
    expect((v("emptySlots") as unknown[]).length).toBe(3);
    expect(0 in (v("emptySlots") as unknown[])).toBe(false);
    expect(() => (v("throwingToFixed") as { toFixed: () => string }).toFixed()).toThrow("hostile");
    expect(v("fakeResult")).toEqual({ kind: "scoreCard" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined(); // making them polluted nothing
    expect(thrown(() => hostileValue("nope" as HostileKind)).path).toEqual(["kind"]);
  });

  it("every kind is made fresh on each call", () => {
    for (const k of HOSTILE_KINDS) {
      const a = hostileValue(k);
      if (isObjectKind(a)) expect(hostileValue(k) !== a).toBe(true);
    }
  });

  it("arbHostileValue draws every kind, and only the kinds asked for", () => {
    const kinds = new Set(fc.sample(arbHostileValue(), { seed: 7, numRuns: 2000 }).map((d) => d.kind));
    expect(kinds.size).toBe(HOSTILE_KINDS.length);
    const few = new Set(fc.sample(arbHostileValue({ kinds: ["nan", "symbol"] }), { seed: 7, numRuns: 100 }).map((d) => d.kind));
    expect([...few].sort()).toEqual(["nan", "symbol"]);
    expect(thrown(() => arbHostileValue({ kinds: ["nope" as HostileKind] })).path).toEqual(["kinds"]);
  });

  prop.prop([arbHostileValue({ kinds: HOSTILE_KINDS.filter((k) => !["negativeNumber", "negativeZero", "outOfScale", "fractionalYear"].includes(k)) })], {
    numRuns: 300,
  })("every hostile value but -1, -0, 11 and 2024.5 is refused as a number, with a PgiError", ({ value }) => {
    let error: unknown = null;
    try {
      parseNumber(value as never);
    } catch (e) {
      error = e;
    }
    expect(isPgiError(error)).toBe(true);
  });
});

describe("arbTampered", () => {
  const card = scoreCard({
    unit: "Lạng Sơn",
    year: 2023,
    composite: 17.33,
    rank: 62,
    scores: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
  });
  const at = (root: unknown, path: readonly (string | number)[]) =>
    path.reduce<unknown>((o, k) => Object.getOwnPropertyDescriptor(o as object, k)?.value, root);

  prop.prop([arbTampered(card, { kinds: HOSTILE_KINDS.filter((k) => k !== "throwingGetter") })], { numRuns: 300 })(
    "a tampered copy is a JSON copy with the hostile value at its path; the original is untouched",
    ({ copy, path, kind }) => {
      const json = JSON.parse(JSON.stringify(card));
      const got = at(copy, path);
      const want = hostileValue(kind);
      if (typeof want === "number") expect(Object.is(got, want)).toBe(true);
      else expect(typeof got).toBe(typeof want);
      // Put the original value back: the rest is the JSON copy.
      const parentPath = path.slice(0, -1);
      Object.defineProperty(at(copy, parentPath) as object, path.at(-1)!, { value: at(json, path) });
      expect(copy).toEqual(json);
      expect(Object.isFrozen(card)).toBe(true);
    },
  );

  it("reaches every field at every depth, and makes throwing getters", () => {
    const paths = new Set(fc.sample(arbTampered(card), { seed: 11, numRuns: 1000 }).map((t) => t.path.join("/")));
    expect(paths.has("scores/greenPractices")).toBe(true);
    expect(paths.has("kind")).toBe(true);
    const t = fc.sample(arbTampered(card, { kinds: ["throwingGetter"] }), { seed: 1, numRuns: 1 })[0]!;
    const parent = at(t.copy, t.path.slice(0, -1)) as Record<string | number, unknown>;
    expect(() => parent[t.path.at(-1)!]).toThrow("hostile getter");
  });

  it("refuses values that are not JSON or have no field", () => {
    expect(thrown(() => arbTampered(hostileValue("cyclicObject"))).path).toEqual(["value"]);
    expect(thrown(() => arbTampered(10n)).path).toEqual(["value"]);
    expect(thrown(() => arbTampered(6.58)).path).toEqual(["value"]);
    expect(thrown(() => arbTampered({})).path).toEqual(["value"]);
  });
});

describe("arbPlanInput with a fixed unit and years", () => {
  prop.prop([arbPlanInput({ unit: "Lạng Sơn", baselineYear: 2023, targetYear: 2024 })], { numRuns: 50 })(
    "the unit and years are the ones asked for",
    (input) => {
      expect([input.unit, input.baselineYear, input.targetYear]).toEqual(["Lạng Sơn", 2023, 2024]);
    },
  );

  prop.prop([arbPlanInput({ targetYear: 2024 })], { numRuns: 50 })("a target year alone gets a baseline year before it", (input) => {
    expect(input.targetYear).toBe(2024);
    expect(Number(input.baselineYear)).toBeLessThan(2024);
  });

  it("refuses a target year not after the baseline year", () => {
    expect(thrown(() => arbPlanInput({ baselineYear: 2024, targetYear: 2024 })).path).toEqual(["targetYear"]);
    expect(thrown(() => arbPlanInput({ unit: "" })).path).toEqual(["unit"]);
  });
});
