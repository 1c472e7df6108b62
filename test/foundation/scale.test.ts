/**
 * A decimal comma the field's scale makes unambiguous is read: "4,845" for a 1–10 score is 4.845
 * (read as 4845 it would be off the scale), while "1,234" with no scale stays ambiguous.
 */
import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { parseNumber, scoreCard, scoreTable } from "../../src/index";
import { thrown } from "./helpers";

const PGI = { min: 1, max: 10 };

describe("parseNumber's scale option", () => {
  it("reads the one reading that lies on the scale", () => {
    expect(parseNumber("4,845", { scale: PGI })).toBe(4.845);
    expect(parseNumber("4.845", { scale: PGI })).toBe(4.845);
    expect(parseNumber(" -4,845 ", { scale: { min: -10, max: 10 } })).toBe(-4.845);
    expect(parseNumber("17,335", { scale: { min: 4, max: 40 } })).toBe(17.335);
    // The thousands reading when only it lies on the scale (an amount of 1,000–5,000).
    expect(parseNumber("1,234", { scale: { min: 1000, max: 5000 } })).toBe(1234);
  });

  it("still refuses a string both or neither readings of which lie on the scale", () => {
    expect(thrown(() => parseNumber("1,234")).code).toBe("AMBIGUOUS_NUMBER");
    expect(thrown(() => parseNumber("1,234", { scale: { min: 0, max: 5000 } })).code).toBe("AMBIGUOUS_NUMBER");
    expect(thrown(() => parseNumber("1,234", { scale: { min: 2, max: 3 } })).code).toBe("AMBIGUOUS_NUMBER");
  });

  it("changes nothing else: unambiguous strings and numbers read as without it, off-scale values are not refused", () => {
    for (const v of ["6,58", "6.5", "10", 4.84, "0,5", "12,3456"]) expect(parseNumber(v, { scale: PGI })).toBe(parseNumber(v));
  });

  it("refuses a scale that is not { min, max } with min ≤ max", () => {
    for (const scale of [{ min: 3, max: 1 }, { min: 1 }, { min: Number.NaN, max: 1 }, [1, 10], "1-10", null]) {
      const e = thrown(() => parseNumber("5", { scale: scale as never }));
      expect(e.code).toBe("INVALID_INPUT");
      expect(e.path).toEqual(["options", "scale"]);
    }
  });

  prop.prop([fc.integer({ min: 1000, max: 9999 })])("a three-decimal score on 1–10 written with a comma reads as its decimal", (thousandths) => {
    const text = `${Math.floor(thousandths / 1000)},${String(thousandths % 1000).padStart(3, "0")}`;
    expect(parseNumber(text, { scale: PGI })).toBe(thousandths / 1000);
  });
});

describe("scores are read on their scale", () => {
  it('a score card reads "4,845" as 4.845 (kept exact for the composite, shown rounded)', () => {
    const card = scoreCard({ unit: "Lạng Sơn", year: 2023, scores: { pollution: "4,845", compliance: "4,14", greenPractices: "3,60", incentives: "4,75" } });
    expect(card.scores.pollution).toBe(4.85);
    expect(card.computedComposite).toBe(17.34);
    expect(card.findings.map((f) => f.code)).toEqual(["SCORES_ROUNDED"]);
  });

  it('a published composite of "17,335" on 4–40 is read as 17.335', () => {
    const card = scoreCard({
      unit: "Lạng Sơn",
      year: 2023,
      composite: "17,335",
      scores: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
    });
    expect(card.publishedComposite).toBe(17.34);
  });

  it("score tables read them the same way", () => {
    const t = scoreTable([{ unit: "Lạng Sơn", year: 2023, scores: { pollution: "4,845", compliance: 4.14, greenPractices: 3.6, incentives: 4.75 } }]);
    expect(t.rows[0]!.scores!.pollution).toBe(4.85);
  });
});
