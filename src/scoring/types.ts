/**
 * The public types of the scoring engine: its inputs (rows, columns) and results (records, columns).
 * @module
 */
import type { Finding } from "../findings";
import type { TreatedIndicator } from "./prepare";

/** One unit's raw indicator values: a number, a numeric string, or `null` (missing). */
export interface UnitRow<I extends string = string> {
  readonly unit: string;
  /** An optional group (region, district type…), carried through; `null` = no group. */
  readonly group?: string | null;
  /** Raw values by indicator id (a misspelt id written literally does not compile for a framework defined inline). */
  readonly indicators: { readonly [K in I]?: number | string | null };
}

/** The input of `scoreColumns`: unit names and one column of raw values per indicator. */
export interface ScoreColumnsInput {
  /** Unit names, one per position of every column. */
  readonly units: readonly string[];
  /** Optional group per unit (region, district type…), carried through to the result. */
  readonly groups?: readonly (string | null)[];
  /**
   * Raw values by indicator id: a `Float64Array` or an array of numbers, as long as `units`.
   * `NaN` (or `null` in an array) = missing; an absent column = missing for every unit.
   */
  readonly columns: Readonly<Record<string, Float64Array | readonly (number | null)[]>>;
}

/** One value filled by imputation (a framework's `imputation`, or `impute`). */
export interface ImputedValue {
  readonly unit: string;
  readonly indicator: string;
  /** The value used: the exact mean or median, half-up at the imputation's decimals (10 in a framework). */
  readonly value: number;
}

/** Per-indicator statistics. */
export interface IndicatorStats {
  readonly id: string;
  /** Smallest present value, `null` when every value is missing. */
  readonly min: number | null;
  readonly max: number | null;
  /** How many units lack a value. */
  readonly missing: number;
  /** True when every present value is the same (min = max): every unit gets the middle of the range. */
  readonly constant: boolean;
}

/** One unit's scores. Numbers at the framework's decimals (half-up). */
export interface ScoredUnit<C extends string = string, I extends string = string> {
  readonly unit: string;
  readonly group: string | null;
  /** Normalised indicator scores; `null` where the value is missing. */
  readonly indicators: Readonly<Record<I, number | null>>;
  /** Component (sub-index) scores; `null` below the half rule. */
  readonly components: Readonly<Record<C, number | null>>;
  /** `null` when a component is `null`. */
  readonly composite: number | null;
  /** Standard competition rank by the rounded composite; `null` without a composite. */
  readonly rank: number | null;
}

/** The result of `scoreUnits`. */
export interface Scoring<C extends string = string, I extends string = string> {
  readonly kind: "scoring";
  readonly framework: string;
  /** In the order of the input rows. */
  readonly units: readonly ScoredUnit<C, I>[];
  readonly indicators: readonly IndicatorStats[];
  /** `CONSTANT_INDICATOR` (warning), `MISSING_COMPONENT` (warning), `ALL_MISSING` (warning); with imputation or treatment in the framework also `VALUES_IMPUTED`, `IMPUTATION_GAP`, `OUTLIERS_TREATED`. */
  readonly findings: readonly Finding[];
  /** Only for a framework with `imputation`: every value filled, row by row (the scores use them). */
  readonly imputed?: readonly ImputedValue[];
  /** Only for a framework with treatment: each indicator whose raw values were winsorised or log-transformed. */
  readonly treated?: readonly TreatedIndicator[];
}

/** The result of `scoreColumns`: the numbers of `scoreUnits`, as columns. */
export interface ScoringColumns {
  readonly kind: "scoringColumns";
  readonly framework: string;
  /** Unit names (trimmed), in input order; every column below follows this order. */
  readonly units: readonly string[];
  /** Groups as given (`null` when none). */
  readonly groups: readonly (string | null)[];
  /** Normalised indicator scores by indicator id (rounded); `NaN` where the value is missing. */
  readonly scores: Readonly<Record<string, Float64Array>>;
  /** Component scores by component id (rounded); `NaN` below the half rule. */
  readonly components: Readonly<Record<string, Float64Array>>;
  /** Composite (rounded); `NaN` when a component is missing. */
  readonly composite: Float64Array;
  /** Standard competition rank by the rounded composite; `0` = no rank. */
  readonly rank: Int32Array;
  readonly indicators: readonly IndicatorStats[];
  /** The findings of `scoreUnits`. */
  readonly findings: readonly Finding[];
  /** As {@link Scoring.imputed}. */
  readonly imputed?: readonly ImputedValue[];
  /** As {@link Scoring.treated}. */
  readonly treated?: readonly TreatedIndicator[];
}
