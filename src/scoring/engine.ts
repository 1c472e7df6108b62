/**
 * The scoring engine's public face: `scoreUnits` (rows in, frozen records out) and `scoreColumns`
 * (columns in, columns out). The engine itself runs in stages, one module each (./stages.ts):
 * read the input into column-major values (./read.ts) → normalise each column in float with a
 * bound on its error (./normalise.ts) → aggregate components and the composite with their bounds
 * (./aggregate.ts) → round half-up by the float where the bound decides and exactly otherwise
 * (./round.ts, ./exactpath.ts) → rank (./rank.ts) → build records or columns (./build.ts).
 * ./run.ts decides each run's shape (memory, keys, the fused fast path) in one place.
 * @module
 */
import { readingInput } from "../errors";
import type { Framework } from "../framework/types";
import { scoreAnyColumns, scoreAnyRows } from "./prepare";
import type { ScoreColumnsInput, Scoring, ScoringColumns, UnitRow } from "./types";

export type { IndicatorStats, ScoreColumnsInput, ScoredUnit, Scoring, ScoringColumns, UnitRow } from "./types";

/**
 * Run `fn`; anything it throws that is not a PgiError (a throwing getter in the caller's data) is
 * reported as one. @internal
 */
export function guarded<T>(fn: () => T): T {
  return readingInput(fn);
}

/**
 * Score units held as columns — the same numbers as {@link scoreUnits}, columnar in and out, for
 * code that already holds columns (Arrow, a CSV parser, a data frame) and for large runs: no
 * per-unit objects are built.
 *
 * `columns` maps each indicator id to a `Float64Array` or an array of numbers, one value per unit
 * (`NaN`, or `null` in an array, = missing; an absent column = missing everywhere). The result
 * holds a `Float64Array` per indicator (`scores`) and per component, the `composite`
 * (`Float64Array`), the `rank` (`Int32Array`, 0 = none), the indicator statistics and the
 * findings. Every number is exact at the framework's decimals (half-up), identical to
 * `scoreUnits`. Missing is `NaN` (a null rank is `0`), so the columns are not JSON; they are fresh
 * arrays owned by the caller (typed arrays cannot be frozen), the input arrays are only read.
 *
 * @throws {@link PgiError} `INVALID_FRAMEWORK`, `INVALID_INPUT` (units, groups, a column of the
 * wrong length or type), `DUPLICATE_UNIT`, `UNKNOWN_INDICATOR`, `UNSAFE_KEY`, `INVALID_NUMBER`
 * (±Infinity, path `columns.<id>[u]`), `OUT_OF_RANGE` (a result beyond ±1.8e308).
 *
 * @example
 * ```ts
 * const fw = defineFramework({
 *   id: "demo", name: { vi: "Thử", en: "Demo" },
 *   components: [{ id: "env" }],
 *   indicators: [{ id: "waste", component: "env", direction: "higher" }, { id: "floods", component: "env", direction: "lower" }],
 * });
 * const s = scoreColumns(fw, {
 *   units: ["A", "B", "C"],
 *   columns: { waste: new Float64Array([90, 60, 70]), floods: [2, 5, 3] },
 * });
 * Array.from(s.components.env); // [10, 1, 5.5]
 * Array.from(s.rank);           // [1, 3, 2]
 * s.scores.floods[2];           // 7
 * ```
 */
export function scoreColumns(framework: Framework, input: ScoreColumnsInput): ScoringColumns {
  return guarded(() => scoreAnyColumns(framework, input));
}

/**
 * Score units from raw indicators the way PCI/PGI do.
 *
 * 1. **Normalise** each indicator to the framework range [a, b] (PGI: [1, 10]): `minmax` across
 *    the units, a + (b − a)(x − min)/(max − min), reversed for `lower` (b − (b − a)(x − min)/(max −
 *    min)); `goalposts` with fixed min/max, values clamped; `distanceToTarget`,
 *    a + (b − a)(x − low)/(target − low) clamped to [a, b].
 * 2. **Aggregate** each component as the mean (or weighted mean) of its present indicators.
 * 3. **Composite** by the framework rule (sum, mean or weighted sum), from the unrounded
 *    components; **rank** by the rounded composite with standard competition ranking.
 *
 * A framework with `imputation` or `treatment` first fills missing raw values, then treats
 * outliers (COINr's order; docs/methodology.md), and its result lists what was filled
 * (`imputed`) and treated (`treated`), with findings; any other framework skips that stage.
 *
 * Policies: missing values (`null` or absent) are left out of min/max and of the component mean;
 * a component with fewer than half of its indicators present is `null` with a finding, and so is
 * the composite (no rank); an indicator constant across units gives every unit the middle of the
 * range with a `CONSTANT_INDICATOR` warning (never NaN). Results do not depend on the order of rows.
 * Every published number is rounded half-up at the framework's decimals; near a tie the value is
 * recomputed exactly (see the module note), so rounded results equal exact-decimal ones, for
 * every finite double. Only a row's own keys are read (an inherited property is neither read nor
 * refused). Rows built with `Object.fromEntries` or literals read about twice as fast as rows
 * built key by key; for columns in and out (no row objects), see {@link scoreColumns}.
 *
 * @throws {@link PgiError} `INVALID_FRAMEWORK` (no indicators), `INVALID_INPUT` (rows, fields),
 * `DUPLICATE_UNIT`, `UNKNOWN_INDICATOR`, `UNSAFE_KEY`, `INVALID_NUMBER`, `OUT_OF_RANGE` (a numeric
 * string a double cannot hold exactly, or a result beyond ±1.8e308) — each with the row index in
 * `path`.
 *
 * @example
 * ```ts
 * const fw = defineFramework({
 *   id: "demo", name: { vi: "Thử", en: "Demo" },
 *   components: [{ id: "env" }],
 *   indicators: [{ id: "waste", component: "env", direction: "higher" }, { id: "floods", component: "env", direction: "lower" }],
 * });
 * const s = scoreUnits(fw, [
 *   { unit: "A", indicators: { waste: 90, floods: 2 } },
 *   { unit: "B", indicators: { waste: 60, floods: 5 } },
 *   { unit: "C", indicators: { waste: 70, floods: 3 } },
 * ]);
 * s.units.map((u) => [u.unit, u.components.env, u.rank]); // [["A", 10, 1], ["B", 1, 3], ["C", 5.5, 2]]
 * s.units[2].indicators;                                  // { waste: 4, floods: 7 }
 * ```
 */
export function scoreUnits<C extends string, I extends string>(framework: Framework<C, I>, rows: readonly UnitRow<I>[]): Scoring<C, I> {
  return guarded(() => scoreAnyRows(framework as Framework, rows as readonly UnitRow[])) as Scoring<C, I>;
}
