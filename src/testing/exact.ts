/**
 * Exact helpers for assertions: sums, differences and comparisons at a precision, on the same
 * private Decimal clone the library computes with, so a test never compares floats.
 * @module
 */
import { D, toDec, type Dec, type NumberInput } from "../decimal";
import { describe, PgiError, type PgiPath } from "../errors";

function checkDecimals(decimals: unknown, path: PgiPath): number {
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new PgiError("INVALID_INPUT", `decimals must be a whole number from 0 to 20, got ${describe(decimals)}`, path);
  }
  return decimals;
}

/** The closest double to an exact decimal, −0 normalised to 0. */
function toNumber(d: Dec): number {
  const n = Number(d.toFixed());
  return n === 0 ? 0 : n;
}

function list(values: unknown): readonly unknown[] {
  if (!Array.isArray(values)) {
    throw new PgiError("INVALID_INPUT", `expected an array of numbers such as [4.84, "4,14"], got ${describe(values)}`, []);
  }
  return values;
}

/**
 * The exact sum of numbers (JS numbers by their shortest decimal form, numeric strings in either
 * locale, decimal.js values), as the closest double: what pgi-kit's composites are, and what a
 * float `reduce((a, b) => a + b)` is not.
 *
 * @param values - the addends; anything `parseNumber` accepts.
 * @throws `PgiError` (from pgi-kit) `INVALID_INPUT` for a non-array, `INVALID_NUMBER` naming the index of a
 * value that is not a number.
 *
 * @example
 * ```ts
 * exactSum([4.84, 4.14, 3.6, 4.75]);   // 17.33
 * exactSum([3, 3.11, 3.6, 4.75]);      // 14.46
 * 3 + 3.11 + 3.6 + 4.75;               // 14.459999999999999
 * exactSum(["7,49", 6.37, "5.92", 4.43]); // 24.21
 * exactSum([]);                        // 0
 * ```
 */
export function exactSum(values: readonly NumberInput[]): number {
  const xs = list(values);
  let s = new D(0);
  for (let i = 0; i < xs.length; i++) s = s.plus(toDec(xs[i], { path: [i] }));
  return toNumber(s);
}

/**
 * The exact difference `a − b`, as the closest double: a plan's delta is
 * `exactDifference(target, baseline)`.
 *
 * @throws `PgiError` (from pgi-kit) `INVALID_NUMBER` naming `a` or `b`.
 *
 * @example
 * ```ts
 * exactDifference(6.58, 4.84);    // 1.74
 * 6.58 - 4.84;                    // 1.7400000000000002
 * exactDifference("22,37", 17.33); // 5.04
 * 22.37 - 17.33;                  // 5.040000000000003
 * ```
 */
export function exactDifference(a: NumberInput, b: NumberInput): number {
  return toNumber(toDec(a, { path: ["a"] }).minus(toDec(b, { path: ["b"] })));
}

/**
 * Round half-up (ties away from zero) at `decimals` places, exactly: pgi-kit's rounding rule, for
 * computing the expected value of a rounded result.
 *
 * @param decimals - places, 0–20 (default 2).
 * @throws `PgiError` (from pgi-kit) `INVALID_NUMBER` for a value that is not a number, `INVALID_INPUT` for
 * bad `decimals`.
 *
 * @example
 * ```ts
 * roundHalfUp(6.585);          // 6.59
 * roundHalfUp(-0.005);         // -0.01
 * roundHalfUp(1.005);          // 1.01
 * Math.round(1.005 * 100) / 100; // 1
 * roundHalfUp(0.06325, 4);     // 0.0633
 * ```
 */
export function roundHalfUp(value: NumberInput, decimals: number = 2): number {
  const places = checkDecimals(decimals, ["decimals"]);
  return toNumber(toDec(value, { path: ["value"] }).toDecimalPlaces(places, D.ROUND_HALF_UP));
}

/**
 * A score as a whole number of hundredths (6.58 → 658), for integer arithmetic and counting in
 * tests. The value must be a whole number of hundredths: a value with more decimals is refused
 * rather than rounded (round it first with {@link roundHalfUp}, or compare with
 * {@link sameAtPrecision}).
 *
 * @throws `PgiError` (from pgi-kit) `INVALID_NUMBER` for a value that is not a number, `INVALID_INPUT` for
 * one with more than 2 decimals.
 *
 * @example
 * ```ts
 * hundredths(6.58);      // 658
 * hundredths("4,14");    // 414
 * hundredths(17.33) - hundredths(4.84); // 1249
 * ```
 */
export function hundredths(value: NumberInput): number {
  const d = toDec(value, { path: ["value"] }).times(100);
  if (!d.isInteger()) {
    throw new PgiError(
      "INVALID_INPUT",
      `${describe(value)} is not a whole number of hundredths; round it with roundHalfUp(x) first, or compare with sameAtPrecision`,
      ["value"],
    );
  }
  return toNumber(d);
}

/**
 * Compare two numbers after rounding each half-up at `decimals` places (default 2), exactly:
 * `-1` when `a` is smaller, `0` when they are the same at that precision, `1` when larger.
 *
 * @throws `PgiError` (from pgi-kit) `INVALID_NUMBER` naming `a` or `b`, `INVALID_INPUT` for bad `decimals`.
 *
 * @example
 * ```ts
 * compareAtPrecision(0.1 + 0.2, 0.3); // 0
 * compareAtPrecision(6.58, "6,59");    // -1
 * compareAtPrecision(0.06325, 0.0632, 4); // 1
 * ```
 */
export function compareAtPrecision(a: NumberInput, b: NumberInput, decimals: number = 2): -1 | 0 | 1 {
  const places = checkDecimals(decimals, ["decimals"]);
  const x = toDec(a, { path: ["a"] }).toDecimalPlaces(places, D.ROUND_HALF_UP);
  const y = toDec(b, { path: ["b"] }).toDecimalPlaces(places, D.ROUND_HALF_UP);
  return x.comparedTo(y) as -1 | 0 | 1;
}

/**
 * True when `a` and `b` are the same after rounding each half-up at `decimals` places (default
 * 2): the assertion to use instead of `toBe` on a float computed in the test.
 *
 * @throws `PgiError` (from pgi-kit) `INVALID_NUMBER` naming `a` or `b`, `INVALID_INPUT` for bad `decimals`.
 *
 * @example
 * ```ts
 * sameAtPrecision(14.420000000000002, 14.42); // true
 * sameAtPrecision(6.58, "6,58");              // true
 * sameAtPrecision(6.585, 6.59);               // true
 * sameAtPrecision(0.0632, 0.0633, 4);         // false
 * ```
 */
export function sameAtPrecision(a: NumberInput, b: NumberInput, decimals: number = 2): boolean {
  return compareAtPrecision(a, b, decimals) === 0;
}
