/**
 * The exact path of one run — the one place where scores are computed exactly, used where the
 * float cannot decide a rounding (near a tie, beyond the float's resolution, not finite) and by
 * what-if and solve-for.
 *
 * Contract: for a run's values and each column's extremes (read lazily: a column's kernel is built
 * the first time it is needed, after its extremes are known), it gives the exact normalised score
 * of a present value, the exact component (the caller checks the half rule) and composite, as
 * rationals, and their half-up roundings at the framework's decimals. An indicator whose
 * normalisation is a rescale by decimals of at most 9 digits gets an integer kernel (./exact.ts),
 * which is the same rational computed in doubles; other values use BigInt rationals.
 * @module
 */
import { D, type Dec } from "../decimal";
import type { PgiPath } from "../errors";
import type { Compiled } from "./compiled";
import {
  kernelFits,
  kernelNum,
  linearKernel,
  radd,
  ratOf,
  rcmp,
  rdiv,
  rmul,
  roundIntRatio,
  roundLinear,
  roundRat,
  rsub,
  type LinearKernel,
  type Rat,
} from "./exact";

/** What the exact path reads of a run. @internal */
export interface ExactInput {
  readonly c: Compiled;
  readonly n: number;
  /** values[i·n + u], NaN = missing. */
  readonly values: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly missing: Int32Array;
}

const ONE: Rat = [1n, 1n];
const toD = (q: Rat): Dec => new D(q[0].toString()).div(q[1].toString());

/** The exact path of one run (see the module note). @internal */
export class ExactPath {
  private readonly kernels: (LinearKernel | null | undefined)[];
  /** Per component: the shared kernel denominator when the integer path applies, 0 when not. */
  private readonly shared: (number | undefined)[];

  constructor(private readonly r: ExactInput) {
    this.kernels = new Array(r.c.m);
    this.shared = new Array(r.c.k);
  }

  /** Indicator i's integer kernel, or null (built on first need). */
  kernel(i: number): LinearKernel | null {
    let kn = this.kernels[i];
    if (kn === undefined) {
      const { c, n, values, min, max, missing } = this.r;
      const nz = c.nz[i]!;
      const lower = c.lower[i] === 1;
      const d = c.fw.decimals;
      kn = null;
      if (missing[i] !== n) {
        if (nz.method === "minmax" && min[i] !== max[i]) kn = linearKernel(min[i]!, max[i]!, nz.range[0], nz.range[1], lower, d, values, i * n, n);
        else if (nz.method === "goalposts") kn = linearKernel(nz.min, nz.max, nz.range[0], nz.range[1], lower, d, values, i * n, n);
      }
      this.kernels[i] = kn;
    }
    return kn;
  }

  /** A value clamped as indicator i's normalisation clamps it (goalposts). */
  clamp(i: number, x: number): number {
    const nz = this.r.c.nz[i]!;
    return nz.method === "goalposts" ? Math.min(Math.max(x, nz.min), nz.max) : x;
  }

  /** Exact normalised score of indicator i for unit u's (present) value. */
  norm(i: number, u: number): Rat {
    const { c, n, values, min, max } = this.r;
    const x = values[i * n + u]!;
    const kn = this.kernel(i);
    if (kn !== null) {
      const cx = this.clamp(i, x);
      if (kernelFits(kn, cx)) return [BigInt(kernelNum(kn, cx)), BigInt(kn.Q * kn.f)];
    }
    const nz = c.nz[i]!;
    const lower = c.lower[i] === 1;
    const a = ratOf(nz.range[0]);
    const b = ratOf(nz.range[1]);
    const lin = (xv: Rat, L: Rat, H: Rat): Rat => {
      const t = rdiv(rsub(xv, L), rsub(H, L));
      return lower ? rsub(b, rmul(rsub(b, a), t)) : radd(a, rmul(rsub(b, a), t));
    };
    if (nz.method === "minmax") {
      if (min[i] === max[i]) return rdiv(radd(a, b), [2n, 1n]);
      return lin(ratOf(x), ratOf(min[i]!), ratOf(max[i]!));
    }
    if (nz.method === "goalposts") return lin(ratOf(Math.min(Math.max(x, nz.min), nz.max)), ratOf(nz.min), ratOf(nz.max));
    const L = ratOf(nz.low);
    const v = radd(a, rmul(rsub(b, a), rdiv(rsub(ratOf(x), L), rsub(ratOf(nz.target), L))));
    return rcmp(v, a) < 0 ? a : rcmp(v, b) > 0 ? b : v;
  }

  /** Indicator i's exact score for unit u, rounded half-up at the framework's decimals. */
  roundScore(i: number, u: number): number {
    const kn = this.kernel(i);
    if (kn !== null) {
      const cx = this.clamp(i, this.r.values[i * this.r.n + u]!);
      if (kernelFits(kn, cx)) return roundLinear(kn, cx);
    }
    return roundRat(this.norm(i, u), this.r.c.fw.decimals, ["units", u, "indicators", this.r.c.ids[i]!]);
  }

  /** Exact component score (mean or weighted mean of the present indicators; the caller checks the half rule). */
  comp(j: number, u: number): Rat {
    const { c, n, values } = this.r;
    let s: Rat = [0n, 1n];
    let w: Rat = [0n, 1n];
    for (let i = 0; i < c.m; i++) {
      if (c.compOf[i] !== j || values[i * n + u] !== values[i * n + u]) continue;
      const wi: Rat = c.weights[i] === 1 ? ONE : ratOf(c.weights[i]!);
      s = radd(s, rmul(this.norm(i, u), wi));
      w = radd(w, wi);
    }
    return rdiv(s, w);
  }

  /** The denominator every indicator of component j shares, when its sum can be done in integers (else 0). */
  private sharedDen(j: number): number {
    let den = this.shared[j];
    if (den !== undefined) return den;
    const { c } = this.r;
    den = -1;
    let bound = 0;
    for (let i = 0; i < c.m && den !== 0; i++) {
      if (c.compOf[i] !== j) continue;
      const kn = this.kernel(i);
      if (kn === null || c.weights[i] !== 1) den = 0;
      else if (den === -1 || den === kn.Q * kn.f) {
        den = kn.Q * kn.f;
        bound += 3 * Math.max(Math.abs(kn.A), Math.abs(kn.B)) * kn.Q;
      } else den = 0;
    }
    if (den === -1 || !(2 * bound * 10 ** c.fw.decimals + den * c.total[j]! < 2 ** 52)) den = 0;
    this.shared[j] = den;
    return den;
  }

  /** Component j's exact score for unit u, rounded half-up (integers when its indicators share a kernel denominator). */
  roundComp(j: number, u: number, path: PgiPath): number {
    const { c, n, values } = this.r;
    const den = this.sharedDen(j);
    if (den > 0) {
      let num = 0;
      let cnt = 0;
      for (let i = 0; i < c.m; i++) {
        if (c.compOf[i] !== j) continue;
        const x = values[i * n + u]!;
        if (x !== x) continue;
        const cx = this.clamp(i, x);
        if (!kernelFits(this.kernels[i]!, cx)) {
          num = Number.NaN;
          break;
        }
        num += kernelNum(this.kernels[i]!, cx);
        cnt++;
      }
      if (num === num) return roundIntRatio(num, den * cnt, 10 ** c.fw.decimals);
    }
    return roundRat(this.comp(j, u), c.fw.decimals, path);
  }

  /** Exact composite of unit u (the caller checks that every component is present). */
  composite(u: number): Rat {
    const { c } = this.r;
    const method = c.fw.composite.method;
    let s: Rat = [0n, 1n];
    for (let j = 0; j < c.k; j++) {
      const q = this.comp(j, u);
      s = radd(s, method === "weightedSum" ? rmul(q, ratOf(c.compWeights[j]!)) : q);
    }
    return method === "mean" ? rdiv(s, [BigInt(c.k), 1n]) : s;
  }

  /** Exact normalised score as a Decimal (40 digits). */
  normDec(i: number, u: number): Dec {
    return toD(this.norm(i, u));
  }

  /** Exact component score as a Decimal; null when fewer than half of its indicators are present. */
  compDec(j: number, u: number, present: Int32Array): Dec | null {
    if (present[j * this.r.n + u]! * 2 < this.r.c.total[j]!) return null;
    return toD(this.comp(j, u));
  }
}
