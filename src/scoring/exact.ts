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
  if (Number.isSafeInteger(x)) return [BigInt(x), 1n];
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
  // Below 2^53 both k and 10^decimals are exact doubles and one division rounds correctly.
  const out = k < 9007199254740992n && decimals <= 22 ? (neg ? -Number(k) : Number(k)) / 10 ** decimals : Number(`${neg ? "-" : ""}${k}e-${decimals}`);
  if (!Number.isFinite(out)) {
    const about = `${neg ? "-" : ""}${String(k).slice(0, 3)}…e+${String(k).length - 1 - decimals}`;
    throw new PgiError(
      "OUT_OF_RANGE",
      {
        en: `a result (about ${about}) lies beyond the largest number JavaScript holds (about 1.8e308); scale the inputs or the range down`,
        vi: `một kết quả (khoảng ${about}) vượt quá số lớn nhất JavaScript biểu diễn được (khoảng 1,8e308); hãy thu nhỏ số liệu đầu vào hoặc thang điểm`,
      },
      path,
    );
  }
  return out;
}

/** The number of decimals of the shortest decimal form of x, or −1 beyond `max`. @internal */
export function decimalsOf(x: number, max: number): number {
  if (Number.isInteger(x)) return 0;
  let p = 1;
  for (let e = 1; e <= max; e++) {
    p *= 10;
    if (Math.round(x * p) / p === x) return e;
  }
  return -1;
}

/**
 * The exact rational a + (b − a)(x − L)/(H − L) (reversed: b − (b − a)(x − L)/(H − L)) rounded
 * half-up at `decimals`, in integer arithmetic on doubles: the same rational and the same
 * floor((2P + Q) / 2Q) as {@link roundRat}, for inputs that are decimals of at most `scale`
 * digits after the point, whose scaled integers the caller has proved small enough (see
 * {@link linearKernel}). @internal
 */
export interface LinearKernel {
  readonly f: number;
  readonly A: number;
  readonly B: number;
  readonly Lo: number;
  readonly Q: number;
  readonly lower: boolean;
  readonly decimals: number;
  readonly pow: number;
}

/**
 * Build the integer kernel of a linear rescale when L, H, a and b have at most 9 decimals and
 * 2·|num|·10^decimals + Q·f stays below 2^53; otherwise null (use rationals). A value is read by
 * the kernel only when it has no more decimals than the kernel's scale ({@link kernelFits}); the
 * caller uses rationals for one that has. @internal
 */
export function linearKernel(
  L: number,
  H: number,
  a: number,
  b: number,
  lower: boolean,
  decimals: number,
  xs: ArrayLike<number> = [],
  from = 0,
  len = 0,
): LinearKernel | null {
  const ds = [decimalsOf(L, 9), decimalsOf(H, 9), decimalsOf(a, 9), decimalsOf(b, 9)];
  if (Math.min(...ds) < 0 || decimals > 9) return null;
  // The scale also covers the decimals of up to 32 values sampled across xs[from … from + len),
  // so that data with one more decimal than its extremes is still read by the kernel.
  const step = Math.max(1, Math.floor(len / 32));
  for (let j = 0; j < len; j += step) {
    const x = xs[from + j]!;
    if (x === x && !Number.isInteger(x)) ds.push(Math.max(0, decimalsOf(x, 9)));
  }
  const f = 10 ** Math.max(...ds);
  const A = Math.round(a * f);
  const B = Math.round(b * f);
  const Lo = Math.round(L * f);
  const Q = Math.round(H * f) - Lo;
  const pow = 10 ** decimals;
  const R = Math.max(Math.abs(A), Math.abs(B));
  const bound = 2 * 3 * R * Q * pow + Q * f;
  if (!(Q > 0) || !(bound < 2 ** 52) || !(Math.abs(Lo) + Q < 2 ** 52)) return null;
  return { f, A, B, Lo, Q, lower, decimals, pow };
}

/** Whether x (in [L, H]) has no more decimals than the kernel's scale, so the kernel reads it exactly. @internal */
export function kernelFits(k: LinearKernel, x: number): boolean {
  return Math.round(x * k.f) / k.f === x;
}

/** The exact numerator of the rescale of x (clamped by the caller): value = num / (Q·f). @internal */
export function kernelNum(k: LinearKernel, x: number): number {
  const X = Math.round(x * k.f) - k.Lo;
  return k.lower ? k.B * k.Q - (k.B - k.A) * X : k.A * k.Q + (k.B - k.A) * X;
}

/**
 * Half-up rounding of the exact ratio num/den (integers, den > 0, 2·|num|·pow + den < 2^53) at the
 * decimals of `pow` = 10^decimals: sign · floor((2·|num|·pow + den) / 2·den) / pow. @internal
 */
export function roundIntRatio(num: number, den: number, pow: number): number {
  const q = scaledIntRatio(num, den, pow);
  return q === 0 ? 0 : q / pow;
}

/** {@link roundIntRatio} times `pow`: the signed integer of hundredths (at 2 decimals). @internal */
export function scaledIntRatio(num: number, den: number, pow: number): number {
  const P = num * pow;
  const top = 2 * (P < 0 ? -P : P) + den;
  const d2 = 2 * den;
  let q = Math.floor(top / d2);
  while (q * d2 > top) q--;
  while ((q + 1) * d2 <= top) q++;
  return q === 0 ? 0 : P < 0 ? -q : q;
}

/** Round the rescale of x (clamped by the caller) with a kernel. @internal */
export function roundLinear(k: LinearKernel, x: number): number {
  return roundIntRatio(kernelNum(k, x), k.Q * k.f, k.pow);
}

/** {@link roundLinear} times 10^decimals (a signed integer). @internal */
export function scaledLinear(k: LinearKernel, x: number): number {
  return scaledIntRatio(kernelNum(k, x), k.Q * k.f, k.pow);
}
