import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { arbScoreCardInput, exactSum } from "../../src/testing";
import Decimal from "decimal.js";
import {
  formatNumber,
  PGI_PUBLISHED,
  pgiEdition,
  publishedRow,
  publishedScoreCard,
  scoreCard,
  ScoreCardInputSchema,
  type ScoreCardInput,
} from "../../src/index";
import { thrown } from "./helpers";

const LANG_SON_2023 = {
  unit: "Lạng Sơn",
  year: 2023,
  composite: 17.33,
  rank: 62,
  scores: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
} satisfies ScoreCardInput;

describe("scoreCard: published cases", () => {
  it("Lạng Sơn 2023 (4.84, 4.14, 3.60, 4.75 → 17.33) is exact: no finding", () => {
    const card = scoreCard(LANG_SON_2023);
    expect(card).toEqual({
      kind: "scoreCard",
      framework: "pgi",
      edition: 2023,
      unit: "Lạng Sơn",
      year: 2023,
      scores: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
      composite: 17.33,
      computedComposite: 17.33,
      publishedComposite: 17.33,
      rank: 62,
      source: null,
      findings: [],
    });
  });

  it("HCMC 2022 (3.12, 4.94, 4.09, 1.87 → 13.99) is a warning: the sum is 14.02, 0.03 away", () => {
    const card = scoreCard({
      unit: "TP. Hồ Chí Minh",
      year: 2022,
      composite: "13,99",
      scores: { 1: 3.12, 2: 4.94, 3: 4.09, 4: 1.87 },
    });
    expect(card.composite).toBe(13.99);
    expect(card.computedComposite).toBe(14.02);
    expect(card.findings).toHaveLength(1);
    const f = card.findings[0]!;
    expect(f.severity).toBe("warning");
    expect(f.code).toBe("COMPOSITE_MISMATCH");
    expect(f.path).toEqual(["composite"]);
    expect(f.details).toEqual({ published: 13.99, computed: 14.02, difference: 0.03 });
    expect(f.message).toContain("13.99");
    expect(f.message).toContain("14.02");
    expect(f.messageVi).toContain("13,99");
  });

  it("HCMC 2023 (→ 24.20, sum 24.21) is an info finding: rounding", () => {
    const card = scoreCard({
      unit: "TP. Hồ Chí Minh",
      year: 2023,
      composite: "24.20",
      scores: { pollution: 7.49, compliance: 6.37, greenPractices: 5.92, incentives: 4.43 },
    });
    expect(7.49 + 6.37 + 5.92 + 4.43).toBe(24.21); // float happens to agree here…
    expect(card.computedComposite).toBe(24.21);
    expect(card.composite).toBe(24.2);
    expect(card.findings.map((f) => [f.severity, f.code])).toEqual([["info", "COMPOSITE_ROUNDING"]]);
    expect(card.findings[0]!.details.difference).toBe(0.01);
  });

  it("Hải Dương 2024 (→ 26.34, sum 26.33) is an info finding: rounding", () => {
    const card = publishedScoreCard("Hải Dương", 2024);
    expect(card.computedComposite).toBe(26.33);
    expect(card.composite).toBe(26.34);
    expect(card.rank).toBe(13);
    expect(card.findings.map((f) => f.code)).toEqual(["COMPOSITE_ROUNDING"]);
  });

  it("a difference of exactly 0.025 is rounding, just above is a warning", () => {
    const base = { unit: "X", year: 2024, scores: { pollution: 1.5, compliance: 2, greenPractices: 3, incentives: 4 } };
    // composites are rounded to 2 dp first, so 10.525 → 10.53 (0.03 away) is a warning
    expect(scoreCard({ ...base, composite: 10.52 }).findings[0]!.code).toBe("COMPOSITE_ROUNDING");
    expect(scoreCard({ ...base, composite: 10.48 }).findings[0]!.code).toBe("COMPOSITE_ROUNDING");
    expect(scoreCard({ ...base, composite: 10.53 }).findings[0]!.code).toBe("COMPOSITE_MISMATCH");
    expect(scoreCard({ ...base, composite: 10.47 }).findings[0]!.code).toBe("COMPOSITE_MISMATCH");
  });

  it("every shipped row with four sub-indices makes a valid card", () => {
    const rows = PGI_PUBLISHED.filter((r) => r.scores !== null);
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      const card = publishedScoreCard(r.province, r.edition);
      expect(card.unit).toBe(r.province);
      expect(card.scores.pollution).toBe(Number(r.scores!.pollution));
      if (r.confidence === "inferred") expect(card.source).toContain("edition inferred");
    }
  });
});

describe("scoreCard: inputs", () => {
  const scores = { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 };

  it("accepts any key subIndex accepts, strings with a decimal comma and Decimals", () => {
    const card = scoreCard({
      unit: " Lạng Sơn ",
      year: "2023",
      scores: {
        "Giảm thiểu ô nhiễm và thiên tai": "4,84",
        "Dam bao tuan thu": " 4.14 ",
        3: new Decimal("3.60"),
        "Chỉ số 4": 4.75,
      },
    });
    expect(card.unit).toBe("Lạng Sơn");
    expect(card.year).toBe(2023);
    expect(card.scores).toEqual(scores);
    expect(Object.keys(card.scores)).toEqual(["pollution", "compliance", "greenPractices", "incentives"]);
    expect(card.composite).toBe(17.33);
    expect(card.publishedComposite).toBeNull();
    expect(card.rank).toBeNull();
  });

  it("accepts the scale bounds 1 and 10", () => {
    const card = scoreCard({ unit: "X", year: 2024, scores: { pollution: 1, compliance: 10, greenPractices: "1,00", incentives: "10.00" } });
    expect(card.composite).toBe(22);
  });

  it("keeps unrounded scores exact for the composite and says it rounded them", () => {
    const card = scoreCard({ unit: "X", year: 2024, scores: { pollution: 4.845, compliance: 4.144, greenPractices: 3.6, incentives: 4.75 } });
    expect(card.scores.pollution).toBe(4.85);
    expect(card.scores.compliance).toBe(4.14);
    expect(card.computedComposite).toBe(17.34); // 17.339 → 17.34, not 4.85 + 4.14 + 3.6 + 4.75 = 17.34 by luck
    expect(card.findings.map((f) => f.code)).toEqual(["SCORES_ROUNDED"]);
    expect(card.findings[0]!.details.ids).toBe("pollution,compliance");
  });

  it("returns a deeply frozen plain object that survives JSON", () => {
    const card = scoreCard(LANG_SON_2023);
    expect(Object.isFrozen(card)).toBe(true);
    expect(Object.isFrozen(card.scores)).toBe(true);
    expect(Object.isFrozen(card.findings)).toBe(true);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(JSON.stringify(card.scores)).toBe('{"pollution":4.84,"compliance":4.14,"greenPractices":3.6,"incentives":4.75}');
  });

  it("feeding a card's numbers back in gives the identical card", () => {
    const a = publishedScoreCard("TP. Hồ Chí Minh", 2023);
    const b = scoreCard({
      unit: a.unit,
      year: a.year,
      scores: a.scores,
      composite: a.composite,
      ...(a.rank ? { rank: a.rank } : {}),
      ...(a.source ? { source: a.source } : {}),
    });
    expect(b).toEqual(a);
  });

  it("uses the framework passed in, and refuses a year of another edition", () => {
    expect(scoreCard(LANG_SON_2023, pgiEdition(2023)).edition).toBe(2023);
    const e = thrown(() => scoreCard(LANG_SON_2023, pgiEdition(2024)));
    expect(e.code).toBe("EDITION_MISMATCH");
    expect(e.path).toEqual(["year"]);
  });

  const cases: [string, unknown, string, (string | number)[]][] = [
    ["NaN score", { ...LANG_SON_2023, scores: { ...scores, pollution: Number.NaN } }, "INVALID_NUMBER", ["scores", "pollution"]],
    ["Infinity score", { ...LANG_SON_2023, scores: { ...scores, compliance: Number.POSITIVE_INFINITY } }, "INVALID_NUMBER", ["scores", "compliance"]],
    ["empty string score", { ...LANG_SON_2023, scores: { ...scores, greenPractices: "" } }, "INVALID_NUMBER", ["scores", "greenPractices"]],
    ['"abc" score', { ...LANG_SON_2023, scores: { ...scores, incentives: "abc" } }, "INVALID_NUMBER", ["scores", "incentives"]],
    ['"6,5,8" score', { ...LANG_SON_2023, scores: { ...scores, incentives: "6,5,8" } }, "INVALID_NUMBER", ["scores", "incentives"]],
    ["boolean score", { ...LANG_SON_2023, scores: { ...scores, incentives: true } }, "INVALID_NUMBER", ["scores", "incentives"]],
    ["null score", { ...LANG_SON_2023, scores: { ...scores, incentives: null } }, "INVALID_NUMBER", ["scores", "incentives"]],
    ["score below 1", { ...LANG_SON_2023, scores: { ...scores, pollution: 0.99 } }, "OUT_OF_SCALE", ["scores", "pollution"]],
    ["score above 10", { ...LANG_SON_2023, scores: { ...scores, pollution: "10,01" } }, "OUT_OF_SCALE", ["scores", "pollution"]],
    ["negative score", { ...LANG_SON_2023, scores: { ...scores, pollution: -4.84 } }, "OUT_OF_SCALE", ["scores", "pollution"]],
    ["unknown sub-index", { ...LANG_SON_2023, scores: { ...scores, biodiversity: 5 } }, "UNKNOWN_SUBINDEX", ["scores", "biodiversity"]],
    ["one sub-index twice", { ...LANG_SON_2023, scores: { ...scores, 1: 4.84 } }, "DUPLICATE_SUBINDEX", ["scores", "pollution"]],
    ["a missing sub-index", { ...LANG_SON_2023, scores: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6 } }, "MISSING_SUBINDEX", ["scores"]],
    [
      "__proto__ key",
      { ...LANG_SON_2023, scores: JSON.parse('{"pollution":4.84,"compliance":4.14,"greenPractices":3.6,"incentives":4.75,"__proto__":5}') },
      "UNSAFE_KEY",
      ["scores", "__proto__"],
    ],
    ["constructor key", { ...LANG_SON_2023, scores: { ...scores, constructor: 5 } }, "UNSAFE_KEY", ["scores", "constructor"]],
    ["scores not an object", { ...LANG_SON_2023, scores: [4.84, 4.14, 3.6, 4.75] }, "INVALID_INPUT", ["scores"]],
    ["composite out of scale", { ...LANG_SON_2023, composite: 41 }, "OUT_OF_SCALE", ["composite"]],
    ["composite NaN", { ...LANG_SON_2023, composite: Number.NaN }, "INVALID_NUMBER", ["composite"]],
    ["empty unit", { ...LANG_SON_2023, unit: "  " }, "INVALID_INPUT", ["unit"]],
    ["numeric unit", { ...LANG_SON_2023, unit: 62 }, "INVALID_INPUT", ["unit"]],
    ["rank 0", { ...LANG_SON_2023, rank: 0 }, "INVALID_INPUT", ["rank"]],
    ["fractional rank", { ...LANG_SON_2023, rank: 1.5 }, "INVALID_INPUT", ["rank"]],
    ["rank as text", { ...LANG_SON_2023, rank: "62" }, "INVALID_INPUT", ["rank"]],
    ["unknown field", { ...LANG_SON_2023, score: 5 }, "INVALID_INPUT", []],
    ["year as words", { ...LANG_SON_2023, year: "năm 2023" }, "INVALID_INPUT", ["year"]],
    ["year without an edition", { ...LANG_SON_2023, year: 2025 }, "UNKNOWN_EDITION", []],
    ["__proto__ field", JSON.parse('{"unit":"X","year":2023,"scores":{},"__proto__":{}}'), "UNSAFE_KEY", ["__proto__"]],
  ];

  it.each(cases)("refuses %s with a PgiError naming the field", (_name, input, code, path) => {
    const e = thrown(() => scoreCard(input as ScoreCardInput));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
    expect(e.message.length).toBeGreaterThan(10);
  });

  it("refuses non-objects", () => {
    for (const input of [null, undefined, 5, "card", []]) {
      expect(thrown(() => scoreCard(input as never)).code).toBe("INVALID_INPUT");
    }
  });

  it("never lets a zod error escape", () => {
    for (const [, input] of cases) {
      try {
        scoreCard(input as ScoreCardInput);
      } catch (e) {
        expect((e as Error).name).toBe("PgiError");
      }
    }
  });

  it("the exported schema agrees with the function", () => {
    expect(ScoreCardInputSchema.safeParse(LANG_SON_2023).success).toBe(true);
    expect(ScoreCardInputSchema.safeParse({ ...LANG_SON_2023, scores: { pollution: "abc" } }).success).toBe(false);
    expect(ScoreCardInputSchema.safeParse({ ...LANG_SON_2023, extra: 1 }).success).toBe(false);
  });
});

describe("published data", () => {
  it("finds rows ignoring case and diacritics, and says which editions exist", () => {
    expect(publishedRow("lang son", 2023).province).toBe("Lạng Sơn");
    expect(publishedRow("Lạng Sơn", 2024).confidence).toBe("inferred");
    expect(thrown(() => publishedRow("Lạng Sơn", 2022)).message).toContain("2023, 2024");
    expect(thrown(() => publishedRow("Atlantis", 2024)).code).toBe("UNKNOWN_UNIT");
    expect(thrown(() => publishedScoreCard("Hà Nội", 2022)).message).toContain("12.52");
  });
});

const score = fc.integer({ min: 100, max: 1000 }); // hundredths: 1.00 … 10.00
const ids = ["pollution", "compliance", "greenPractices", "incentives"] as const;

describe("score card properties", () => {
  prop.prop([arbScoreCardInput({ keys: "any", numbers: "mixed" })], { numRuns: 300 })(
    "the sum of four 2-dp scores is exact, however they are keyed and written",
    (input) => {
      const card = scoreCard(input);
      const total = exactSum(Object.values(input.scores));
      expect(card.computedComposite).toBe(total);
      expect(card.composite).toBe(total);
      expect(card.composite.toFixed(2)).toBe(formatNumber(total, { lang: "en" }));
    },
  );

  prop.prop([fc.tuple(score, score, score, score), fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 })], { numRuns: 200 })(
    "the composite is independent of the order the scores are given in",
    (hs, order) => {
      const a = scoreCard({ unit: "U", year: 2024, scores: Object.fromEntries(ids.map((id, i) => [id, hs[i]! / 100])) });
      const b = scoreCard({ unit: "U", year: 2024, scores: Object.fromEntries(order.map((i) => [ids[i]!, hs[i]! / 100])) });
      expect(b).toEqual(a);
    },
  );

  prop.prop([fc.tuple(score, score, score, score), fc.option(fc.integer({ min: 400, max: 4000 }), { nil: undefined })], { numRuns: 200 })(
    "a score card never changes its input",
    (hs, composite) => {
      const input = {
        unit: "U",
        year: 2024,
        scores: Object.fromEntries(ids.map((id, i) => [id, String(hs[i]! / 100)])),
        ...(composite === undefined ? {} : { composite: composite / 100 }),
      };
      const copy = structuredClone(input);
      scoreCard(input);
      expect(input).toEqual(copy);
    },
  );

  const invalid = fc.constantFrom<[unknown, string]>(
    [Number.NaN, "INVALID_NUMBER"],
    [Number.POSITIVE_INFINITY, "INVALID_NUMBER"],
    [Number.NEGATIVE_INFINITY, "INVALID_NUMBER"],
    ["", "INVALID_NUMBER"],
    ["abc", "INVALID_NUMBER"],
    ["6,5,8", "INVALID_NUMBER"],
    ["1.2.3", "INVALID_NUMBER"],
    ["1.234,5", "INVALID_NUMBER"],
    [true, "INVALID_NUMBER"],
    [null, "INVALID_NUMBER"],
    [{}, "INVALID_NUMBER"],
    [0, "OUT_OF_SCALE"],
    [10.01, "OUT_OF_SCALE"],
  );

  prop.prop([invalid, fc.integer({ min: 0, max: 3 }), fc.tuple(score, score, score, score)], { numRuns: 200 })(
    "every invalid score input throws a PgiError with its path",
    ([bad, code], at, hs) => {
      const scores: Record<string, unknown> = Object.fromEntries(ids.map((id, i) => [id, hs[i]! / 100]));
      scores[ids[at]!] = bad;
      const e = thrown(() => scoreCard({ unit: "U", year: 2024, scores: scores as never }));
      expect(e.code).toBe(code);
      expect(e.path).toEqual(["scores", ids[at]]);
    },
  );
});
