/**
 * `treat`: outlier treatment of one column, as COINr's `Treat` with its defaults.
 * @module
 */
import { seal } from "../util";
import { kurtosis, maxOf, minOf, present, sig, skewness } from "./moments";
import { intOption, numOption, readColumn, readOptions } from "./read";

/** Options of {@link treat}: COINr's defaults. */
export interface TreatOptions {
  /** Most points winsorised before the log transform is tried instead. Default 5. */
  readonly winmax?: number;
  /** |skewness| at or above which a column fails. Default 2. */
  readonly skewThreshold?: number;
  /** Kurtosis at or above which a column fails (with the skewness). Default 3.5. */
  readonly kurtosisThreshold?: number;
}

/** Skewness and kurtosis of a column (10 significant digits); `null` below 3 (4) values. */
export interface Shape {
  readonly skewness: number | null;
  readonly kurtosis: number | null;
}

/** The result of {@link treat}. */
export interface Treatment {
  readonly kind: "treatment";
  /** The treated values, in input order; `null` stays `null`. */
  readonly values: readonly (number | null)[];
  /** `none` (passed as it was), `winsorise` (passed after winsorising), `log` (log transform of the original values). */
  readonly method: "none" | "winsorise" | "log";
  /** How many points winsorising replaced (0 for `none` and `log`). */
  readonly winsorised: number;
  /** Whether the returned values pass the test (a log transform may still fail it; `false` when it cannot be tested: fewer than 4 values, or constant). */
  readonly passes: boolean;
  readonly before: Shape;
  readonly after: Shape;
}

/**
 * Treat the outliers of one column as COINr's `Treat` does with its defaults (`winsorise`, then
 * `log_CT`, tested by `check_SkewKurt`). A column fails when |skewness| ≥ 2 and kurtosis ≥ 3.5
 * (Excel's SKEW and KURT: skew = √n·Σd³/(Σd²)^{3/2}·√(n(n−1))/(n−2), kurt = ((n+1)(r−3)+6)(n−1)/((n−2)(n−3))
 * with r = n·Σd⁴/(Σd²)²). While it fails, the largest value(s) — or the smallest, when the skew
 * is negative — take the value of the next one in, one step at a time, up to `winmax` points
 * (counted as COINr counts them: the points replaced by the last step on each side). If it still
 * fails, the ORIGINAL values are transformed instead: log(x − min + 0.01·(max − min)).
 * Sources: OECD/JRC Handbook on Constructing Composite Indicators (2008), §1.5; COINr `Treat`,
 * `winsorise`, `log_CT`, `check_SkewKurt`.
 *
 * Winsorised values are values of the input, so they stay exact; the log transform, skewness and
 * kurtosis are computed in binary64 and rounded to 10 significant digits. Missing values (`null`)
 * stay missing and are left out of every statistic. A column of fewer than 4 present values is
 * returned as it is (`none`), as COINr does.
 *
 * @throws {@link PgiError} `INVALID_NUMBER` for NaN, ±Infinity, `""` or `"abc"` among the values;
 * `INVALID_INPUT` for bad options.
 *
 * @example
 * ```ts
 * const t = treat([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 100, 200, 400, 800]);
 * t.values.slice(-4); // [100, 200, 200, 200]
 * t.method;           // "winsorise"
 * t.winsorised;       // 2
 * t.before;           // { skewness: 3.516456767, kurtosis: 13.01367356 }
 * t.after;            // { skewness: 2.127725995, kurtosis: 3.046863766 }
 * ```
 */
export function treat(values: readonly (number | string | null)[], options?: TreatOptions): Treatment {
  const o = readOptions<TreatOptions>(options, ["winmax", "skewThreshold", "kurtosisThreshold"]);
  const winmax = intOption(o.winmax, "winmax", 0, 1000, 5);
  const tSkew = numOption(o.skewThreshold, "skewThreshold", 2, 0);
  const tKurt = numOption(o.kurtosisThreshold, "kurtosisThreshold", 3.5);
  const xs = readColumn(values);
  return seal({ kind: "treatment", ...treatColumn(xs, winmax, tSkew, tKurt) });
}

/** Pass test of COINr's `check_SkewKurt`: `null` when it cannot be decided (too few values). */
function passes(xs: readonly number[], tSkew: number, tKurt: number): boolean | null {
  const sk = skewness(xs);
  const kt = kurtosis(xs);
  if (sk !== null && Math.abs(sk) < tSkew) return true;
  if (kt !== null && kt < tKurt) return true;
  if (sk === null || kt === null) return null;
  return false;
}

const shape = (xs: readonly number[]): Shape => ({ skewness: sig(skewness(xs)), kurtosis: sig(kurtosis(xs)) });

/** The treatment of one read column (also used by the tests with unrounded statistics). @internal */
export function treatColumn(xs: readonly (number | null)[], winmax = 5, tSkew = 2, tKurt = 3.5): Omit<Treatment, "kind"> {
  const p = present(xs);
  const before = shape(p);
  const first = passes(p, tSkew, tKurt);
  if (first !== false) {
    return { values: [...xs], method: "none", winsorised: 0, passes: first === true, before, after: before };
  }
  // Winsorise one step at a time (COINr's `winsorise`).
  const w = [...xs];
  let hi: number[] = [];
  let lo: number[] = [];
  let nwin = 0;
  let ok = false;
  while (!ok && nwin < winmax) {
    const cur = present(w);
    const sk = skewness(cur);
    if (sk === null) break;
    if (sk >= 0) {
      const max = maxOf(cur);
      hi = [];
      w.forEach((v, i) => {
        if (v === max) hi.push(i);
      });
      const rest = cur.filter((v) => v !== max);
      if (rest.length === 0) break;
      const next = maxOf(rest);
      for (const i of hi) w[i] = next;
    } else {
      const min = minOf(cur);
      lo = [];
      w.forEach((v, i) => {
        if (v === min) lo.push(i);
      });
      const rest = cur.filter((v) => v !== min);
      if (rest.length === 0) break;
      const next = minOf(rest);
      for (const i of lo) w[i] = next;
    }
    nwin = hi.length + lo.length;
    ok = passes(present(w), tSkew, tKurt) === true;
  }
  if (ok) {
    const changed = w.reduce((c: number, v, i) => c + (v !== xs[i] ? 1 : 0), 0);
    return { values: w, method: "winsorise", winsorised: changed, passes: true, before, after: shape(present(w)) };
  }
  // log(x − min + 0.01·(max − min)) of the original values (COINr's `log_CT`).
  const min = minOf(p);
  const max = maxOf(p);
  const a = 0.01 * (max - min);
  const raw = xs.map((v) => (v === null ? null : Math.log(v - min + a)));
  const after = present(raw as (number | null)[]);
  return {
    values: raw.map((v) => (v === null ? null : sig(v))),
    method: "log",
    winsorised: 0,
    passes: passes(after, tSkew, tKurt) === true,
    before,
    after: shape(after),
  };
}
