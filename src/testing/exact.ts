/**
 * Exact helpers for assertions: sums, differences and comparisons at a precision, with the library's
 * Decimal settings (40 digits, half-up), so a test never compares floats.
 * @module
 */
import { decOf, describe, refuse, TD, type NumberInput, type PgiPath, type TDec as Dec } from "./core";

function checkDecimals(decimals: unknown, path: PgiPath): number {
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    refuse(path, {
      en: `decimals must be a whole number from 0 to 20, got ${describe(decimals)}`,
      vi: `decimals phải là số nguyên từ 0 đến 20, nhận được ${describe(decimals, "vi")}`,
    });
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
    refuse([], {
      en: `expected an array of numbers such as [4.84, "4,14"], got ${describe(values)}`,
      vi: `cần một mảng các số, ví dụ [4.84, "4,14"], nhận được ${describe(values, "vi")}`,
    });
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
  let s = new TD(0);
  for (let i = 0; i < xs.length; i++) s = s.plus(decOf(xs[i], [i]));
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
  return toNumber(decOf(a, ["a"]).minus(decOf(b, ["b"])));
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
  return toNumber(decOf(value, ["value"]).toDecimalPlaces(places, TD.ROUND_HALF_UP));
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
  const d = decOf(value, ["value"]).times(100);
  if (!d.isInteger()) {
    refuse(["value"], {
      en: `${describe(value)} is not a whole number of hundredths; round it with roundHalfUp(x) first, or compare with sameAtPrecision`,
      vi: `${describe(value, "vi")} không phải là một số nguyên phần trăm; hãy làm tròn bằng roundHalfUp(x) trước, hoặc so sánh bằng sameAtPrecision`,
    });
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
  const x = decOf(a, ["a"]).toDecimalPlaces(places, TD.ROUND_HALF_UP);
  const y = decOf(b, ["b"]).toDecimalPlaces(places, TD.ROUND_HALF_UP);
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
