/**
 * `indicatorStats`: the statistics an analyst checks before choosing methods, with COINr's flags.
 * @module
 */
import { D } from "../decimal";
import { seal } from "../util";
import { kurtosis, maxOf, meanDec, medianDec, minOf, present, rational, sd, sig, skewness } from "../scoring/moments";
import { intOption, readOptions, readTable } from "./read";

/** A flag of {@link indicatorStats} (COINr `get_stats`'s four flags). */
export type IndicatorFlag = "lowAvailability" | "skewKurtosis" | "manyZeros" | "fewUnique";

/** The statistics of one indicator's raw values. */
export interface IndicatorSummary {
  readonly id: string;
  /** Present values. */
  readonly n: number;
  /** Missing values. */
  readonly missing: number;
  readonly min: number | null;
  readonly max: number | null;
  /** Exact, rounded half-up at `decimals`. */
  readonly mean: number | null;
  /** Exact, rounded half-up at `decimals`. */
  readonly median: number | null;
  /** Sample standard deviation (n − 1), 10 significant digits. */
  readonly sd: number | null;
  /** Excel's SKEW, 10 significant digits (`null` below 3 values or for a constant column). */
  readonly skewness: number | null;
  /** Excel's KURT (excess), 10 significant digits (`null` below 4 values or for a constant column). */
  readonly kurtosis: number | null;
  /** Present values that are not 0. */
  readonly nonZero: number;
  /** Distinct present values. */
  readonly unique: number;
  /** The most present values that share one value. */
  readonly same: number;
  /** Share of units with a value, n / units, at `decimals`. */
  readonly availability: number;
  readonly flags: readonly IndicatorFlag[];
}

/** The result of {@link indicatorStats}. */
export interface IndicatorStatistics {
  readonly kind: "indicatorStats";
  readonly units: number;
  readonly indicators: readonly IndicatorSummary[];
}

/** Options of {@link indicatorStats}. */
export interface IndicatorStatsOptions {
  /** Decimal places of the rational statistics (mean, median, availability). Default 10. */
  readonly decimals?: number;
}

/**
 * Per-indicator statistics of raw values, as COINr's `get_stats` (default thresholds):
 * n, missing, min, max, mean, median, standard deviation (n − 1), skewness and kurtosis (Excel's
 * SKEW and KURT, e1071 type 2), non-zero, distinct and most-repeated counts, and the flags
 * `lowAvailability` (values for fewer than 65 % of units), `skewKurtosis` (|skewness| > 2 and
 * kurtosis > 3.5), `manyZeros` (non-zero values for fewer than 50 % of units) and `fewUnique`
 * (distinct values for fewer than 50 % of units). Mean, median and availability are exact
 * (Decimal) at `decimals` (default 10); sd, skewness and kurtosis are binary64, rounded to 10
 * significant digits. Sources: OECD/JRC Handbook (2008), §1.5; COINr `get_stats`.
 *
 * @throws {@link PgiError} as {@link impute} for bad rows.
 *
 * @example
 * ```ts
 * const fw = defineFramework({ id: "d", name: { vi: "Huyện", en: "District" },
 *   components: [{ id: "env" }], indicators: [{ id: "a", component: "env", direction: "higher" }] });
 * const s = indicatorStats(fw, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 100, 200, 400, 800]
 *   .map((a, i) => ({ unit: `U${i}`, indicators: { a } })));
 * s.indicators[0].mean;     // 71.25
 * s.indicators[0].median;   // 12.5
 * s.indicators[0].skewness; // 3.516456767
 * s.indicators[0].flags;    // ["skewKurtosis"]
 * ```
 */
export function indicatorStats(framework: unknown, rows: readonly unknown[], options?: IndicatorStatsOptions): IndicatorStatistics {
  const o = readOptions<IndicatorStatsOptions>(options, ["decimals"]);
  const decimals = intOption(o.decimals, "decimals", 0, 10, 10);
  const t = readTable(framework, rows);
  const N = t.units.length;
  const indicators = t.indicators.map((ind): IndicatorSummary => {
    const xs = present(t.columns[ind.id]!);
    const n = xs.length;
    const counts = new Map<number, number>();
    for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
    const nonZero = xs.filter((x) => x !== 0).length;
    const sk = skewness(xs);
    const kt = kurtosis(xs);
    const flags: IndicatorFlag[] = [];
    if (100 * n < 65 * N) flags.push("lowAvailability");
    if (sk !== null && kt !== null && Math.abs(sk) > 2 && kt > 3.5) flags.push("skewKurtosis");
    if (2 * nonZero < N) flags.push("manyZeros");
    if (2 * counts.size < N) flags.push("fewUnique");
    return {
      id: ind.id,
      n,
      missing: N - n,
      min: n ? minOf(xs) : null,
      max: n ? maxOf(xs) : null,
      mean: n ? rational(meanDec(xs), decimals) : null,
      median: n ? rational(medianDec(xs), decimals) : null,
      sd: sig(sd(xs)),
      skewness: sig(sk),
      kurtosis: sig(kt),
      nonZero,
      unique: counts.size,
      same: n ? maxOf(counts.values()) : 0,
      availability: N ? rational(new D(n).div(N), decimals) : 0,
      flags,
    };
  });
  return seal({ kind: "indicatorStats", units: N, indicators });
}
