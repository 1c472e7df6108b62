/**
 * `treat`: outlier treatment of one column, as COINr's `Treat` with its defaults.
 * @module
 */
import { treatColumn, type Shape } from "../scoring/treat-column";
import { seal } from "../util";
import { intOption, numOption, readColumn, readOptions } from "./read";

export type { Shape } from "../scoring/treat-column";
/** @internal (tests) */
export { treatColumn } from "../scoring/treat-column";

/** Options of {@link treat}: COINr's defaults. */
export interface TreatOptions {
  /** Most points winsorised before the log transform is tried instead. Default 5. */
  readonly winmax?: number;
  /** |skewness| at or above which a column fails. Default 2. */
  readonly skewThreshold?: number;
  /** Kurtosis at or above which a column fails (with the skewness). Default 3.5. */
  readonly kurtosisThreshold?: number;
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
