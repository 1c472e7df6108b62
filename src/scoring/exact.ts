/**
 * The one exact mechanism of the scoring engine and the survey aggregation: rationals of BigInts.
 *
 * A JS number stands for its shortest round-trip decimal (6.58 is 6.58, 1e308 is 10^308, 5e-324 is
 * 5·10^-324), which is always a finite decimal, so every finite double is an exact rational
 * p/q with q a power of ten. Sums, differences, products and quotients of such rationals are exact;
 * half-up rounding at `d` decimals is floor((2·|p|·10^d + q) / 2q). The rounded decimal is turned
 * into the closest double by the JS parser (correctly rounded), so a result prints as its decimal.
 * A rounded value beyond the largest double is refused with `OUT_OF_RANGE`, never Infinity.
 * @module
 */
import { PgiError, type PgiPath } from "../errors";

/** An exact rational: numerator, denominator > 0. @internal */
export type Rat = readonly [bigint, bigint];

/** The exact decimal value of a finite double (its shortest round-trip form) as a rational. @internal */
export function ratOf(x: number): Rat {
  if (x === 0) return [0n, 1n];
  const s = String(x);
  const e = s.indexOf("e");
  const mant = e < 0 ? s : s.slice(0, e);
  let exp = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mant.indexOf(".");
  let digits = mant;
  if (dot >= 0) {
    digits = mant.slice(0, dot) + mant.slice(dot + 1);
    exp -= mant.length - dot - 1;
  }
  const n = BigInt(digits);
  return exp >= 0 ? [n * 10n ** BigInt(exp), 1n] : [n, 10n ** BigInt(-exp)];
}

/** p + q. @internal */
export const radd = (p: Rat, q: Rat): Rat => (p[1] === q[1] ? [p[0] + q[0], p[1]] : [p[0] * q[1] + q[0] * p[1], p[1] * q[1]]);
/** p − q. @internal */
export const rsub = (p: Rat, q: Rat): Rat => (p[1] === q[1] ? [p[0] - q[0], p[1]] : [p[0] * q[1] - q[0] * p[1], p[1] * q[1]]);
/** p · q. @internal */
export const rmul = (p: Rat, q: Rat): Rat => [p[0] * q[0], p[1] * q[1]];
/** p / q (q ≠ 0). @internal */
export const rdiv = (p: Rat, q: Rat): Rat => (q[0] < 0n ? [-p[0] * q[1], p[1] * -q[0]] : [p[0] * q[1], p[1] * q[0]]);
/** Sign of p − q. @internal */
export const rcmp = (p: Rat, q: Rat): number => {
  const d = p[0] * q[1] - q[0] * p[1];
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/**
 * Half-up rounding (ties away from zero) of an exact rational at `decimals`, as the closest double
 * to the rounded decimal; 0 never comes out as −0. Throws `OUT_OF_RANGE` when the rounded value
 * lies beyond the largest finite double. @internal
 */
export function roundRat(q: Rat, decimals: number, path: PgiPath = []): number {
  const [n, d] = q;
  const neg = n < 0n;
  const P = (neg ? -n : n) * 10n ** BigInt(decimals);
  const k = (2n * P + d) / (2n * d);
  if (k === 0n) return 0;
  const out = Number(`${neg ? "-" : ""}${k}e-${decimals}`);
  if (!Number.isFinite(out)) {
    throw new PgiError("OUT_OF_RANGE", `a result (about ${neg ? "-" : ""}${String(k).slice(0, 3)}…e+${String(k).length - 1 - decimals}) lies beyond the largest number JavaScript holds (about 1.8e308); scale the inputs or the range down`, path);
  }
  return out;
}

/** Sum of doubles' exact values. @internal */
export function ratSum(xs: readonly number[]): Rat {
  let s: Rat = [0n, 1n];
  for (const x of xs) s = radd(s, ratOf(x));
  return s;
}
