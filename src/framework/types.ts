/**
 * The generic shape of a target framework: PGI is one built-in value of it; NTM criteria or a
 * province's own district index are others.
 * @module
 */

/** A text in Vietnamese and English. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/** The closed range of a component's scores, e.g. PGI sub-indices: `{ min: 1, max: 10 }`. */
export interface Scale {
  readonly min: number;
  readonly max: number;
}

/**
 * One component of a framework (in PGI: a sub-index).
 */
export interface Component<C extends string = string> {
  /** Stable id, e.g. `"pollution"`. */
  readonly id: C;
  /** 1-based position as published (sub-index 1…4). */
  readonly position: number;
  /** Name as plans write it. */
  readonly name: LocalizedText;
  /** Other names and spellings that {@link subIndex} recognises (any language). */
  readonly aliases: readonly string[];
  /** Range of the component's scores. */
  readonly scale: Scale;
  /** Weight in the composite (PGI: 1 each, i.e. 25 % of the sum). */
  readonly weight: number;
  /** Unit of the values (`%`, "lần"/"times", …); absent for scores (PGI). */
  readonly unit?: LocalizedText;
  /** `"lower"` when a decrease is the improvement (e.g. open dumping sites); absent means higher. */
  readonly direction?: "higher" | "lower";
  /** Decimal places of this component's values; absent means the framework's `decimals`. */
  readonly decimals?: number;
  /**
   * `true` when the scale has no upper end (`[min, ∞)`): `scale.max` then holds 1e15, the largest
   * bound a spec accepts, and no upper check is made.
   */
  readonly unbounded?: true;
  /** `"yesNo"`: a done/not-done target on `[0, 1]` with 0 decimals, read "đạt / chưa đạt". */
  readonly kind?: "yesNo";
  /** This component's own aggregation of its indicators (absent: the framework's). */
  readonly aggregation?: Aggregation;
  /**
   * `true` when some indicator of the component uses a normalisation without a fixed scale (rank,
   * z-score, …): its scores are not bounded by `scale`, which then only holds the framework range.
   */
  readonly freeScale?: true;
  /**
   * The component this one aggregates into (multi-level frameworks): absent for a top-level
   * component, whose score the composite combines. Such a component is in
   * {@link Framework.subComponents}, never in {@link Framework.components}.
   */
  readonly parent?: C;
  /**
   * Its level in a multi-level framework, counted as COINr does: 1 is the indicators, 2 a component
   * that aggregates indicators, and a parent one above its highest child. Absent in a framework
   * without `parent`.
   */
  readonly level?: number;
}

/** How raw indicator values are rescaled to component scores. */
export type Normalization =
  | { readonly method: "minmax"; readonly range: readonly [number, number] }
  | { readonly method: "goalposts"; readonly min: number; readonly max: number; readonly range: readonly [number, number] }
  | { readonly method: "distanceToTarget"; readonly low: number; readonly target: number; readonly range: readonly [number, number] };

/**
 * The normalisations of COINr without a fixed scale (rank, percent rank, Borda, fraction of the
 * maximum, distances, z-score): their scores are not on the framework's range, so a component
 * using one has `freeScale: true`. A `"lower"` indicator is negated before normalising.
 */
export type FreeNormalization =
  | { readonly method: "rank" | "percentRank" | "borda" | "fractionOfMax" | "distanceToMax" }
  | { readonly method: "distanceToReference"; readonly unit: string; readonly cap: boolean }
  | { readonly method: "zscore"; readonly mean: number; readonly sd: number };

/** How indicator scores of one component combine (`weightedMean`, `geometricMean` and `harmonicMean` use the indicator weights). */
export type Aggregation = "mean" | "weightedMean" | "geometricMean" | "harmonicMean" | "median";

/** One raw indicator feeding a component (used by the scoring engine). */
export interface Indicator<I extends string = string, C extends string = string> {
  readonly id: I;
  readonly component: C;
  readonly direction: "higher" | "lower";
  readonly weight: number;
  readonly name?: LocalizedText;
  readonly normalization?: Normalization | FreeNormalization;
  /** This indicator's own outlier treatment (overrides the framework's; `{ method: "none" }` switches it off). */
  readonly treatment?: TreatmentRule;
}

/** How the composite is formed from component scores. */
export interface CompositeRule {
  /**
   * `sum` (PGI), `mean` or `weightedSum` (Σ weight·score); `none` for a framework of mixed
   * indicators without a composite (its `scale` is then that of the sum and means nothing);
   * `geometricMean`, `harmonicMean` (weighted by the component weights) or `median` of the components.
   */
  readonly method: "sum" | "mean" | "weightedSum" | "none" | "geometricMean" | "harmonicMean" | "median";
  /** Range of the composite (PGI: 4–40). */
  readonly scale: Scale;
  /** Decimal places of published composites (PGI: 2). */
  readonly decimals: number;
}

/** Where a framework's definition comes from. */
export interface Source {
  readonly title: string;
  readonly url?: string;
}

/**
 * A target framework: components (sub-indices) on a scale, a composite rule, optionally the raw
 * indicators behind each component. Plain, frozen, JSON-serializable data.
 */
export interface Framework<C extends string = string, I extends string = string> {
  /** Stable id, e.g. `"pgi"`. */
  readonly id: string;
  /** Edition (survey year) when the framework is published yearly; `null` otherwise. */
  readonly edition: number | null;
  readonly name: LocalizedText;
  /** Short name for headings, e.g. `PGI 2023`. */
  readonly shortName: LocalizedText;
  /** Components in published order (in a multi-level framework: the top level, those without a `parent`). */
  readonly components: readonly Component<C>[];
  /** Decimal places of component scores (PGI: 2). */
  readonly decimals: number;
  readonly composite: CompositeRule;
  /** Raw indicators behind the components (empty when not published, as for PGI). */
  readonly indicators: readonly Indicator<I, C>[];
  /** Default normalisation of indicators, when the framework scores raw data. */
  readonly normalization: Normalization | null;
  /** How indicator scores combine into a component score. */
  readonly aggregation: Aggregation;
  readonly sources: readonly Source[];
  /**
   * The components below the top level, in spec order, each with its `parent` and `level`: present
   * only when a component names a `parent`. `components` then holds the top level (what the
   * composite, plans, gap reports and renderers use); indicators may belong to a component of
   * either list. Positions count among siblings.
   */
  readonly subComponents?: readonly Component<C>[];
  /** Outlier treatment of every indicator's raw values before normalisation (absent: none). */
  readonly treatment?: TreatmentRule;
  /** How missing raw values are filled before treatment and normalisation (absent: left missing). */
  readonly imputation?: ImputationRule;
}

/**
 * Outlier treatment of raw values before normalisation, as COINr's `Treat` with its defaults:
 * `auto` winsorises up to `winmax` points while |skewness| ≥ `skewThreshold` and kurtosis ≥
 * `kurtosisThreshold`, else takes log(x − min + 0.01·(max − min)); `none` leaves the values as
 * they are (an indicator's way out of the framework's rule).
 */
export type TreatmentRule =
  | { readonly method: "auto"; readonly winmax: number; readonly skewThreshold: number; readonly kurtosisThreshold: number }
  | { readonly method: "none" };

/**
 * How missing raw values are filled before treatment and normalisation (COINr's `Impute`): the
 * mean or median of the indicator's present values, or of the units of the same `group`.
 */
export interface ImputationRule {
  readonly method: "mean" | "median" | "groupMean" | "groupMedian";
}
