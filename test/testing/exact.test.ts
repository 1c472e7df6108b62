/**
 * The exact helpers of pgi-kit/testing: published figures, the float pitfalls they avoid, their
 * errors, and their algebra as properties.
 */
import { test as prop, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { publishedScoreCard } from "../../src/index";
import { arbScore, compareAtPrecision, exactDifference, exactSum, hundredths, roundHalfUp, sameAtPrecision } from "../../src/testing";
import { thrown } from "../foundation/helpers";

describe("exact helpers on published figures", () => {
  it("sum and difference are exact where floats are not", () => {
    const ls = publishedScoreCard("Lạng Sơn", 2023);
    expect(exactSum(Object.values(ls.scores))).toBe(17.33);
    expect(exactSum([3, 3.11, 3.6, 4.75])).toBe(14.46);
    expect(3 + 3.11 + 3.6 + 4.75).not.toBe(14.46);
    expect(exactDifference(22.37, 17.33)).toBe(5.04);
    expect(exactDifference(6.58, "4,84")).toBe(1.74);
    expect(exactDifference(4.84, 4.84)).toBe(0);
    expect(Object.is(exactDifference(-0, 0), 0)).toBe(true);
    expect(exactSum([1e15, -1e15, 1e-20])).toBe(1e-20);
  });

  it("rounds half-up and compares at a precision", () => {
    expect([roundHalfUp(6.585), roundHalfUp(-0.005), roundHalfUp(1.005), roundHalfUp(2.675), roundHalfUp("0,125")]).toEqual([6.59, -0.01, 1.01, 2.68, 0.13]);
    expect(roundHalfUp(0.06325, 4)).toBe(0.0633);
    expect(roundHalfUp(17.333, 0)).toBe(17);
    expect(hundredths(6.58)).toBe(658);
    expect(hundredths("-0,05")).toBe(-5);
    expect(sameAtPrecision(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameAtPrecision(14.420000000000002, 14.42)).toBe(true);
    expect(sameAtPrecision(6.58, 6.59)).toBe(false);
    expect(sameAtPrecision(6.584, 6.58)).toBe(true);
    expect(sameAtPrecision(6.585, 6.58)).toBe(false);
    expect(compareAtPrecision(1, 2)).toBe(-1);
    expect(compareAtPrecision("10,00", 10)).toBe(0);
    expect(compareAtPrecision(0.0633, 0.0632, 4)).toBe(1);
  });

  it("refuses what is not a number, a non-array, a value finer than hundredths and bad decimals", () => {
    expect(thrown(() => exactSum([4.84, "abc"])).path).toEqual([1]);
    expect(thrown(() => exactSum([4.84, Number.NaN])).code).toBe("INVALID_NUMBER");
    expect(thrown(() => exactSum([1e308])).code).toBe("OUT_OF_RANGE"); // the limits of parseNumber
    expect(thrown(() => exactSum("4.84" as never)).code).toBe("INVALID_INPUT");
    expect(thrown(() => exactDifference(1, null as never)).path).toEqual(["b"]);
    expect(thrown(() => hundredths(6.585)).message).toContain("roundHalfUp");
    expect(thrown(() => roundHalfUp(1, 2.5)).path).toEqual(["decimals"]);
    expect(thrown(() => sameAtPrecision(1, 1, -1)).path).toEqual(["decimals"]);
    expect(thrown(() => compareAtPrecision(Symbol("x") as never, 1)).path).toEqual(["a"]);
  });
});

describe("exact helper properties", () => {
  const cents = fc.integer({ min: -1_000_000, max: 1_000_000 });

  prop.prop([fc.array(cents, { maxLength: 20 })], { numRuns: 300 })("exactSum of hundredths is the integer sum of the hundredths", (hs) => {
    expect(hundredths(exactSum(hs.map((h) => h / 100)))).toBe(hs.reduce((a, b) => a + b, 0));
  });

  prop.prop([cents, cents], { numRuns: 300 })("exactDifference(a, b) + b = a, exactly", (a, b) => {
    const x = a / 100;
    const y = b / 100;
    expect(exactSum([exactDifference(x, y), y])).toBe(x);
    expect(exactDifference(x, y)).toBe(-exactDifference(y, x) || 0);
  });

  prop.prop([arbScore({ min: -100, max: 100, decimals: 4 }), arbScore({ min: -100, max: 100, decimals: 4 }), fc.integer({ min: 0, max: 4 })], { numRuns: 300 })(
    "compareAtPrecision is antisymmetric and agrees with sameAtPrecision and roundHalfUp",
    (a, b, d) => {
      expect(compareAtPrecision(a, b, d)).toBe(-compareAtPrecision(b, a, d) || 0);
      expect(sameAtPrecision(a, b, d)).toBe(roundHalfUp(a, d) === roundHalfUp(b, d));
      expect(sameAtPrecision(a, roundHalfUp(a, d), d)).toBe(true);
    },
  );
});
