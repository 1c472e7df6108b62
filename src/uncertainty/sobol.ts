/**
 * Variance-based sensitivity indices of any model on the unit cube, by the Saltelli design.
 *
 * Design (Saltelli et al. 2010, "Variance based sensitivity analysis of model output. Design and
 * estimator for the total sensitivity index", Computer Physics Communications 181, 259–270):
 * two independent n × d sample matrices A and B, and for each input i the matrix A_B⁽ⁱ⁾ — A with
 * its column i taken from B; n·(d + 2) model runs in all. With V the sample variance (divisor 2n − 1,
 * as R's `var` and COINr) of the 2n outputs f(A) and f(B):
 * - first-order index (Saltelli 2010, table 2, b): Sᵢ = (1/n) Σⱼ (f(B)ⱼ − f̄) · (f(A_B⁽ⁱ⁾)ⱼ − f(A)ⱼ) / V,
 *   where f̄ is the mean of the 2n outputs f(A) and f(B): subtracting it leaves the estimator's
 *   expectation unchanged (the mean of f(A_B⁽ⁱ⁾) − f(A) is zero) and removes the variance a large
 *   output mean adds to it (COINr's `SA_estimate` uses f(B)ⱼ without it);
 * - total index (Jansen 1999, the same table, f): Sₜᵢ = (1/2n) Σⱼ (f(A)ⱼ − f(A_B⁽ⁱ⁾)ⱼ)² / V.
 * Intervals: the 5 % and 95 % type-7 quantiles of the same estimators over bootstrap resamples
 * of the n rows (Archer, Saltelli & Sobol 1997).
 * Sampling: A and B are the two halves of a randomised Sobol' sequence in 2d dimensions (./qmc.ts),
 * for up to 32 inputs; pseudo-random (./random.ts) beyond.
 * @module
 */
import { toNum, D } from "../decimal";
import { describe, isPgiError, optionsOf, PgiError, prefixPath } from "../errors";
import { showUncertainty } from "./render";
import { deepFreeze } from "../util";
import { seedOf, whole } from "./options";
import { quantileSorted } from "./quantile";
import { QMC_DIMENSIONS, sobolPoints } from "./qmc";
import { below, uniform, type Uniform } from "./random";

/**
 * Decimal places of every index and interval bound in a {@link SobolResult}.
 *
 * @example
 * ```ts
 * SOBOL_DECIMALS; // 4
 * ```
 */
export const SOBOL_DECIMALS = 4;

/** Options of {@link sobolIndices}. */
export interface SobolOptions {
  /** Rows of each sample matrix (default 1,000): the model runs n·(d + 2) times. */
  readonly n?: number;
  /** Seed of the random sample (default 1): the same seed gives the same result. */
  readonly seed?: number;
  /** Bootstrap resamples for the 5–95 % intervals (default 100; 0 for none). */
  readonly bootstrap?: number;
}

/** The indices of one input. */
export interface SobolIndex {
  /** The input's position, 0-based (the model's `u[i]`). */
  readonly dimension: number;
  /** First-order index Sᵢ (Saltelli 2010): the share of the output's variance due to input i alone. */
  readonly firstOrder: number;
  /** Total index Sₜᵢ (Jansen 1999): the share due to input i with all its interactions. */
  readonly total: number;
  /** The 5 % and 95 % bootstrap quantiles of Sᵢ (`null` without bootstrap). */
  readonly firstOrderInterval: readonly [number, number] | null;
  /** The 5 % and 95 % bootstrap quantiles of Sₜᵢ (`null` without bootstrap). */
  readonly totalInterval: readonly [number, number] | null;
}

/** What {@link sobolIndices} returns. */
export interface SobolResult {
  readonly kind: "sobolIndices";
  readonly dimensions: number;
  readonly n: number;
  /** Model runs made: n·(d + 2). */
  readonly runs: number;
  readonly seed: number;
  readonly bootstrap: number;
  /** The output's variance over f(A) and f(B), rounded to 10 significant digits. */
  readonly variance: number;
  /** Decimal places of the indices ({@link SOBOL_DECIMALS}). */
  readonly decimals: number;
  readonly indices: readonly SobolIndex[];
}

/** A model of d inputs, each in [0, 1). */
export type SobolModel = (u: readonly number[]) => number;

const MAX_RUNS = 20_000_000;

/** Run the model once, refusing anything but a finite number. */
function run(model: SobolModel, point: number[], at: number): number {
  let y: unknown;
  try {
    y = model(point);
  } catch (e) {
    if (isPgiError(e)) throw prefixPath(e, ["model"]);
    const why = e instanceof Error ? e.message.slice(0, 60) : "an exception";
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `the model threw at run ${at + 1} (${why}); it must return a number for every point of the unit cube`,
        vi: `mô hình báo lỗi ở lần chạy thứ ${at + 1} (${why}); mô hình phải trả về một số cho mọi điểm của hình lập phương đơn vị`,
      },
      ["model"],
      { run: at + 1 },
    );
  }
  if (typeof y !== "number" || !Number.isFinite(y)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `the model returned ${describe(y)} at run ${at + 1}; it must return a finite number`,
        vi: `mô hình trả về ${describe(y, "vi")} ở lần chạy thứ ${at + 1}; mô hình phải trả về một số hữu hạn`,
      },
      ["model"],
      { run: at + 1 },
    );
  }
  return y;
}

/** The model's outputs over the Saltelli design: f(A), f(B) and f(A_B⁽ⁱ⁾) for each i. */
function evaluate(model: SobolModel, d: number, n: number, u: Uniform): { fA: Float64Array; fB: Float64Array; fAB: Float64Array[] } {
  const A = new Float64Array(n * d);
  const B = new Float64Array(n * d);
  if (2 * d <= QMC_DIMENSIONS) {
    // Randomised quasi-Monte Carlo: A from the first d dimensions of a 2d-dimensional Sobol' point, B from the other d.
    const P = sobolPoints(n, 2 * d, u);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < d; i++) {
        A[j * d + i] = P[j * 2 * d + i]!;
        B[j * d + i] = P[j * 2 * d + d + i]!;
      }
    }
  } else {
    for (let k = 0; k < A.length; k++) A[k] = u();
    for (let k = 0; k < B.length; k++) B[k] = u();
  }
  const fA = new Float64Array(n);
  const fB = new Float64Array(n);
  const fAB = Array.from({ length: d }, () => new Float64Array(n));
  let at = 0;
  for (let j = 0; j < n; j++) fA[j] = run(model, Array.from(A.subarray(j * d, j * d + d)), at++);
  for (let j = 0; j < n; j++) fB[j] = run(model, Array.from(B.subarray(j * d, j * d + d)), at++);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < n; j++) {
      const point = Array.from(A.subarray(j * d, j * d + d));
      point[i] = B[j * d + i]!;
      fAB[i]![j] = run(model, point, at++);
    }
  }
  return { fA, fB, fAB };
}

/** Variance, first-order and total estimators over the rows `rows` (an index list). */
function estimate(fA: Float64Array, fB: Float64Array, fAB: Float64Array[], rows: Int32Array | null): { v: number; first: number[]; total: number[] } {
  const n = fA.length;
  const at = (j: number): number => (rows === null ? j : rows[j]!);
  let mean = 0;
  for (let j = 0; j < n; j++) mean += fA[at(j)]! + fB[at(j)]!;
  mean /= 2 * n;
  let v = 0;
  for (let j = 0; j < n; j++) {
    const a = fA[at(j)]! - mean;
    const b = fB[at(j)]! - mean;
    v += a * a + b * b;
  }
  v /= 2 * n - 1;
  const first: number[] = [];
  const total: number[] = [];
  for (const col of fAB) {
    let s = 0;
    let t = 0;
    for (let j = 0; j < n; j++) {
      const r = at(j);
      const diff = col[r]! - fA[r]!;
      s += (fB[r]! - mean) * diff;
      t += diff * diff;
    }
    first.push(v > 0 ? s / n / v : 0);
    total.push(v > 0 ? t / (2 * n) / v : 0);
  }
  return { v, first, total };
}

function round(x: number): number {
  return toNum(new D(x), SOBOL_DECIMALS);
}

/**
 * First-order and total sensitivity indices of a model of `dimensions` inputs, each uniform on
 * [0, 1), by the Saltelli design with the Saltelli 2010 and Jansen 1999 estimators and bootstrap
 * 5–95 % intervals. The model runs n·(d + 2) times. The matrices A and B are randomised
 * quasi-Monte Carlo points: a 2d-dimensional Sobol' sequence (Joe–Kuo direction numbers) with a
 * random digital shift drawn from the seed, A its first d coordinates and B the others — far
 * smaller errors than pseudo-random points at the same n (for more than 32 inputs, where the
 * table of direction numbers ends, pseudo-random xoshiro128** points). The same seed gives the
 * same points and the same result; another seed, another shift. Indices are estimates in binary floating point, rounded half-up
 * to {@link SOBOL_DECIMALS} places at the end; their sampling error shrinks as 1/√n.
 *
 * @param model - a function of one point `u` (an array of `dimensions` numbers in [0, 1)) that
 *   returns a finite number; map `u` to your inputs' ranges inside it.
 * @throws {@link PgiError} `INVALID_INPUT` for a model that is not a function, that throws or
 *   returns a non-finite value (naming the run), a `dimensions` that is not a whole number from 1
 *   to 100, or an `n`, `bootstrap` or `seed` out of range.
 *
 * @example
 * ```ts
 * const s = sobolIndices((u) => u[0] + 2 * u[1], 2, { n: 2000, seed: 1, bootstrap: 0 });
 * s.runs;                                  // 8000
 * s.indices.map((i) => i.total > 0.7);    // [false, true]
 * ```
 */
export function sobolIndices(model: SobolModel, dimensions: number, options?: SobolOptions): SobolResult {
  if (typeof model !== "function") {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected the model as a function of one point (an array of numbers in [0, 1)), got ${describe(model)}`,
        vi: `cần mô hình là một hàm của một điểm (mảng các số trong [0, 1)), nhận được ${describe(model, "vi")}`,
      },
      ["model"],
    );
  }
  const d = whole(dimensions, "dimensions", 1, 100, Number.NaN, ["dimensions"]);
  const o = optionsOf<SobolOptions>(options, ["n", "seed", "bootstrap"]);
  const n = whole(o.n, "n", 2, 1_000_000, 1000);
  const boots = whole(o.bootstrap, "bootstrap", 0, 10_000, 100);
  const seed = seedOf(o.seed);
  if (n * (d + 2) > MAX_RUNS) {
    throw new PgiError(
      "OUT_OF_RANGE",
      {
        en: `n·(dimensions + 2) = ${n * (d + 2)} model runs is more than ${MAX_RUNS}; lower n`,
        vi: `n·(dimensions + 2) = ${n * (d + 2)} lần chạy mô hình, vượt quá ${MAX_RUNS}; hãy giảm n`,
      },
      ["options", "n"],
    );
  }
  const u = uniform(seed);
  const { fA, fB, fAB } = evaluate(model, d, n, u);
  const nominal = estimate(fA, fB, fAB, null);
  const firstBoot = Array.from({ length: d }, () => new Float64Array(boots));
  const totalBoot = Array.from({ length: d }, () => new Float64Array(boots));
  const rows = new Int32Array(n);
  for (let b = 0; b < boots; b++) {
    for (let j = 0; j < n; j++) rows[j] = below(u, n);
    const e = estimate(fA, fB, fAB, rows);
    for (let i = 0; i < d; i++) {
      firstBoot[i]![b] = e.first[i]!;
      totalBoot[i]![b] = e.total[i]!;
    }
  }
  const interval = (xs: Float64Array): readonly [number, number] | null => {
    if (boots === 0) return null;
    xs.sort();
    return [round(quantileSorted(xs, 0.05)), round(quantileSorted(xs, 0.95))];
  };
  const indices: SobolIndex[] = [];
  for (let i = 0; i < d; i++) {
    indices.push({
      dimension: i,
      firstOrder: round(nominal.first[i]!),
      total: round(nominal.total[i]!),
      firstOrderInterval: interval(firstBoot[i]!),
      totalInterval: interval(totalBoot[i]!),
    });
  }
  return deepFreeze(
    {
      kind: "sobolIndices" as const,
      dimensions: d,
      n,
      runs: n * (d + 2),
      seed,
      bootstrap: boots,
      variance: Number(new D(nominal.v).toSignificantDigits(10).toString()),
      decimals: SOBOL_DECIMALS,
      indices,
    },
    showUncertainty,
  );
}
