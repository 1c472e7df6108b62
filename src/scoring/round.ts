/**
 * Stage 5 — round every published number half-up at the framework's decimals, deciding each by the
 * float where the error bound allows and exactly otherwise.
 *
 * Contract: a float s with error bound e is rounded from the float when it lies at least
 * max(1e-9, 2·e·10^d) from a rounding boundary (x.xx5) and is finite and below 2^51·10^-d; every
 * other value is rounded by the exact path (./exactpath.ts). So every rounded number equals the
 * exact-decimal one, for every finite double. Scores go either to rounded doubles (NaN = missing)
 * or, for row results, to keys into a shared table of boxed numbers (./compiled.ts `KeyTable`;
 * `size` = the key of null); a key outside the table throws {@link OffTable} and the caller
 * rounds to doubles instead.
 * @module
 */
import type { Compiled, KeyTable } from "./compiled";
import type { ExactPath } from "./exactpath";
import { kernelFits, roundLinear, scaledLinear, type LinearKernel } from "./exact";

const BIG = 2 ** 51;

/** A key out of its table's range (not expected: the ranges bound every score). @internal */
export class OffTable extends Error {}

/**
 * A column's integer kernel, for its near-tie values to be rounded exactly in the loop itself (no
 * closure per value): `xs[off + j]` clamped to [lo, hi]. @internal
 */
export interface InlineKernel {
  readonly kn: LinearKernel;
  readonly xs: Float64Array;
  readonly off: number;
  readonly lo: number;
  readonly hi: number;
}

/** One column to round: floats `src[srcOff + j]`, j < len, each within `err` of its exact value. @internal */
export interface RoundJob {
  readonly src: Float64Array;
  readonly srcOff: number;
  readonly len: number;
  readonly decimals: number;
  readonly err: number;
  /** Whether position j is missing (asked only where the float is NaN, or on the slow path); null: none is. */
  readonly skip: ((j: number) => boolean) | null;
  /** The exact rounded value at position j. */
  readonly exact: (j: number) => number;
  /** The column's integer kernel, built on its first near tie (null: none). */
  readonly inline?: () => InlineKernel | null;
}

function inlineExact(t: InlineKernel, j: number, exact: (j: number) => number): number {
  const x0 = t.xs[t.off + j]!;
  // biome-ignore lint/complexity/useMathMinMax: a clamp written as two comparisons on a hot path, kept as measured
  const x = x0 < t.lo ? t.lo : x0 > t.hi ? t.hi : x0;
  return kernelFits(t.kn, x) ? roundLinear(t.kn, x) : exact(j);
}

function inlineScaled(t: InlineKernel, j: number, exact: (j: number) => number, f: number): number {
  const x0 = t.xs[t.off + j]!;
  // biome-ignore lint/complexity/useMathMinMax: a clamp written as two comparisons on a hot path, kept as measured
  const x = x0 < t.lo ? t.lo : x0 > t.hi ? t.hi : x0;
  return kernelFits(t.kn, x) ? scaledLinear(t.kn, x) : Math.round(exact(j) * f);
}

/** The window around a tie within which the float cannot decide (≥ 0.49: never decides). */
const windowOf = (job: RoundJob): number => Math.max(1e-9, job.err * 10 ** job.decimals * 2);

/**
 * Round a column into `out[off + j]` (rounded doubles, NaN where missing); with `todo`, only its
 * first `count` positions. @internal
 */
export function roundValues(job: RoundJob, out: Float64Array, off: number, todo: Int32Array | null = null, count = job.len): void {
  const { src, srcOff, skip, exact } = job;
  let inline: InlineKernel | null | undefined = job.inline === undefined ? null : undefined;
  const f = 10 ** job.decimals;
  const win = windowOf(job);
  const slow = !(win < 0.49);
  // For |s| < 2^20, t = |s| + 0.5 is within 2^-32 of its exact value, so a t at least `win`
  // (≥ 1e-9) from an integer has the exact floor q = t | 0, and q is the half-up rounding of |s|.
  const fastWin = slow ? 2 : win;
  for (let jj = 0; jj < count; jj++) {
    const j = todo === null ? jj : todo[jj]!;
    const s = src[srcOff + j]! * f;
    if ((s !== s || slow) && skip !== null && skip(j)) {
      out[off + j] = Number.NaN;
      continue;
    }
    const a = s < 0 ? -s : s;
    if (a < 1048576) {
      const t = a + 0.5;
      const q = t | 0;
      const ft = t - q;
      if (ft >= fastWin && ft <= 1 - fastWin) {
        out[off + j] = q === 0 ? 0 : (s < 0 ? -q : q) / f;
        continue;
      }
    }
    const fr = a - Math.floor(a) - 0.5;
    if (slow || Math.abs(fr) < win || !(a < BIG)) {
      if (inline === undefined) inline = job.inline!();
      out[off + j] = inline !== null ? inlineExact(inline, j, exact) : exact(j);
      continue;
    }
    // Away from a tie, Math.round (exact in JavaScript) is the half-up rounding.
    const q = Math.round(a);
    out[off + j] = q === 0 ? 0 : (s < 0 ? -q : q) / f;
  }
}

/**
 * Round a column to keys `K[off + j]` (missing: `size`, the key of null); with `todo`, only its
 * first `count` positions. Returns false when a key falls outside [0, size). @internal
 */
export function roundKeys(job: RoundJob, K: Uint16Array | Int32Array, off: number, table: KeyTable, todo: Int32Array | null = null, count = job.len): boolean {
  const { src, srcOff, skip, exact } = job;
  let inline: InlineKernel | null | undefined = job.inline === undefined ? null : undefined;
  const base = table.base;
  const size = table.T.length - 1;
  const f = 10 ** job.decimals;
  const win = windowOf(job);
  const slow = !(win < 0.49);
  const fastWin = slow ? 2 : win;
  for (let jj = 0; jj < count; jj++) {
    const j = todo === null ? jj : todo[jj]!;
    const s = src[srcOff + j]! * f;
    if ((s !== s || slow) && skip !== null && skip(j)) {
      K[off + j] = size;
      continue;
    }
    const a = s < 0 ? -s : s;
    if (a < 1048576) {
      const t = a + 0.5;
      const q = t | 0;
      const ft = t - q;
      if (ft >= fastWin && ft <= 1 - fastWin) {
        const key = (s < 0 ? -q : q) - base;
        if (!(key >= 0 && key < size)) return false;
        K[off + j] = key;
        continue;
      }
    }
    const fr = a - Math.floor(a) - 0.5;
    let key: number;
    if (slow || Math.abs(fr) < win || !(a < BIG)) {
      if (inline === undefined) inline = job.inline!();
      key = (inline !== null ? inlineScaled(inline, j, exact, f) : Math.round(exact(j) * f)) - base;
    } else key = (s < 0 ? -Math.round(a) : Math.round(a)) - base;
    if (!(key >= 0 && key < size)) return false;
    K[off + j] = key;
  }
  return true;
}

/** What rounding a run's columns reads. @internal */
export interface ScoreColumn {
  readonly c: Compiled;
  readonly n: number;
  readonly values: Float64Array;
  readonly missing: Int32Array;
  readonly errNorm: Float64Array;
  readonly exact: ExactPath;
}

/** The job of rounding indicator i's float scores (at `src[srcOff …]`). @internal */
export function scoreJob(r: ScoreColumn, i: number, src: Float64Array, srcOff: number): RoundJob {
  const { c, n, values, exact } = r;
  const base = i * n;
  const nz = c.nz[i]!;
  const gp = nz.method === "goalposts";
  return {
    src,
    srcOff,
    len: n,
    decimals: c.fw.decimals,
    err: r.errNorm[i]!,
    skip: r.missing[i] === 0 ? null : (u: number) => values[base + u] !== values[base + u],
    exact: (u: number) => exact.roundScore(i, u),
    // Near ties use the column's integer kernel inline, when it has one.
    inline: () => {
      const kn = exact.kernel(i);
      return kn === null ? null : { kn, xs: values, off: base, lo: gp ? nz.min : Number.NEGATIVE_INFINITY, hi: gp ? nz.max : Number.POSITIVE_INFINITY };
    },
  };
}

let always = false;

/** @internal Test seam: build key tables whatever the size of the run (restored by passing false). */
export function keyTablesAlways(on: boolean): void {
  always = on;
}

/**
 * The key table of a framework's normalised scores and components (they lie in the union of its
 * normalisation ranges), for a run of `count` scores, or null where it would not pay; kept with
 * the compiled framework once built (tables are immutable). @internal
 */
export function keyTableOf(c: Compiled, count: number): KeyTable | null {
  if (c.table) return c.table;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const nz of c.nz) {
    lo = Math.min(lo, nz.range[0], nz.range[1]);
    hi = Math.max(hi, nz.range[0], nz.range[1]);
  }
  const decimals = c.fw.decimals;
  const f = 10 ** decimals;
  if (!(decimals <= 15 && Math.max(Math.abs(lo), Math.abs(hi)) * f < 2 ** 40)) return null;
  const base = Math.floor(lo * f) - 1;
  const size = Math.ceil(hi * f) + 2 - base;
  if (!(size > 0 && (always || size <= 2 * count + 64) && size <= 1 << 22)) return null;
  // Tagged elements (the null first), one box per key: (key + base) / 10^decimals is the very
  // double every rounding path returns for that key (a correctly rounded quotient of integers).
  const T: unknown[] = [null];
  T.pop();
  for (let key = 0; key < size; key++) {
    const x = (key + base) / f;
    T.push(x === 0 ? 0 : x);
  }
  T.push(null);
  c.table = { base, T };
  return c.table;
}
