/**
 * `impute`: fill missing values of a table from its column or from the units of the same group,
 * as COINr's `Impute` with `i_mean`, `i_median`, `i_mean_grp`, `i_median_grp`.
 * @module
 */
import type { Dec } from "../decimal";
import { finding, type Finding } from "../findings";
import type { ImputedValue } from "../scoring/types";
import { seal } from "../util";
import { meanDec, medianDec, present, rational } from "../scoring/moments";
import { choiceOption, intOption, readOptions, readTable } from "./read";

/** How {@link impute} fills a gap. */
export type ImputeMethod = "mean" | "median" | "groupMean" | "groupMedian";

/** Options of {@link impute}. */
export interface ImputeOptions {
  /** `mean` / `median` of the column's present values, or of the units of the same `group`. */
  readonly method: ImputeMethod;
  /** Decimal places of imputed values (half-up, exact). Default 10. */
  readonly decimals?: number;
}

export type { ImputedValue } from "../scoring/types";

/** One row of {@link Imputation.rows}: the input row with every value a number or `null`. */
export interface ImputedRow {
  readonly unit: string;
  readonly group?: string;
  readonly indicators: Readonly<Record<string, number | null>>;
}

/** The result of {@link impute}. */
export interface Imputation {
  readonly kind: "imputation";
  readonly method: ImputeMethod;
  /** The rows, in input order, with the gaps filled (present values unchanged). */
  readonly rows: readonly ImputedRow[];
  /** Every value filled, row by row. */
  readonly imputed: readonly ImputedValue[];
  /** `IMPUTATION_GAP` (warning) for each gap that could not be filled. */
  readonly findings: readonly Finding[];
}

/**
 * Fill each missing value of `rows` from its indicator's column: the mean or median of the
 * present values (COINr `i_mean`, `i_median`), or of the present values of the units of the same
 * `group` (`i_mean_grp`, `i_median_grp`). A present value is never changed. A gap that cannot be
 * filled — a column with no value, a group with no value, a unit without a group under a group
 * method — stays `null` with an `IMPUTATION_GAP` finding. Means and medians are exact (Decimal)
 * and rounded half-up at `decimals` (default 10). Source: OECD/JRC Handbook on Constructing
 * Composite Indicators (2008), §1.4 (unconditional mean/median substitution); COINr `Impute`.
 *
 * @throws {@link PgiError} `INVALID_FRAMEWORK` for a framework without indicators;
 * `UNKNOWN_INDICATOR`, `DUPLICATE_UNIT`, `UNSAFE_KEY`, `INVALID_NUMBER` (NaN, ±Infinity, `""`,
 * `"abc"`) in the rows; `INVALID_INPUT` for a bad method.
 *
 * @example
 * ```ts
 * const fw = defineFramework({ id: "d", name: { vi: "Huyện", en: "District" },
 *   components: [{ id: "env" }], indicators: [{ id: "a", component: "env", direction: "higher" }] });
 * const r = impute(fw, [
 *   { unit: "X", group: "north", indicators: { a: 1 } },
 *   { unit: "Y", group: "north", indicators: { a: 2.5 } },
 *   { unit: "Z", group: "north", indicators: { a: null } },
 * ], { method: "mean" });
 * r.imputed; // [{ unit: "Z", indicator: "a", value: 1.75 }]
 * ```
 */
export function impute(framework: unknown, rows: readonly unknown[], options: ImputeOptions): Imputation {
  const o = readOptions<ImputeOptions>(options, ["method", "decimals"]);
  const method = choiceOption<ImputeMethod>(o.method, "method", ["mean", "median", "groupMean", "groupMedian"], undefined);
  const decimals = intOption(o.decimals, "decimals", 0, 10, 10);
  const t = readTable(framework, rows);
  const byGroup = method === "groupMean" || method === "groupMedian";
  const stat = (xs: number[]): Dec => (method === "mean" || method === "groupMean" ? meanDec(xs) : medianDec(xs));
  const filled: Record<string, (number | null)[]> = {};
  const found: { u: number; v: ImputedValue }[] = [];
  const findings: Finding[] = [];
  for (const ind of t.indicators) {
    const col = t.columns[ind.id]!;
    const out = [...col];
    const cache = new Map<string | null, number | null>();
    const valueFor = (g: string | null): number | null => {
      if (!cache.has(g)) {
        const xs = present(byGroup ? col.filter((_, u) => t.groups[u] === g) : col);
        cache.set(g, xs.length === 0 ? null : rational(stat(xs), decimals));
      }
      return cache.get(g)!;
    };
    col.forEach((v, u) => {
      if (v !== null) return;
      const unit = t.units[u]!;
      const g = t.groups[u] ?? null;
      if (byGroup && g === null) {
        findings.push(
          finding(
            "warning",
            "IMPUTATION_GAP",
            `${unit}: no value of ${ind.id} to impute: the unit has no group`,
            `${unit}: không có giá trị thay thế cho chỉ tiêu ${ind.id}: đơn vị không thuộc nhóm nào`,
            ["rows", u, "indicators", ind.id],
            { unit, indicator: ind.id },
          ),
        );
        return;
      }
      const x = valueFor(byGroup ? g : null);
      if (x === null) {
        findings.push(
          byGroup
            ? finding(
                "warning",
                "IMPUTATION_GAP",
                `${unit}: no value of ${ind.id} to impute: no unit of group ${g} has one`,
                `${unit}: không có giá trị thay thế cho chỉ tiêu ${ind.id}: không đơn vị nào trong nhóm ${g} có số liệu`,
                ["rows", u, "indicators", ind.id],
                { unit, indicator: ind.id, group: g },
              )
            : finding(
                "warning",
                "IMPUTATION_GAP",
                `${unit}: no value of ${ind.id} to impute: the indicator has no value at all`,
                `${unit}: không có giá trị thay thế cho chỉ tiêu ${ind.id}: chỉ tiêu không có số liệu nào`,
                ["rows", u, "indicators", ind.id],
                { unit, indicator: ind.id },
              ),
        );
        return;
      }
      out[u] = x;
      found.push({ u, v: { unit, indicator: ind.id, value: x } });
    });
    filled[ind.id] = out;
  }
  const imputed = found.sort((a, b) => a.u - b.u).map((f) => f.v);
  const outRows: ImputedRow[] = t.units.map((unit, u) => {
    const indicators: Record<string, number | null> = {};
    for (const ind of t.indicators) indicators[ind.id] = filled[ind.id]![u]!;
    const g = t.groups[u];
    return g === null || g === undefined ? { unit, indicators } : { unit, group: g, indicators };
  });
  return seal({ kind: "imputation", method, rows: outRows, imputed, findings });
}
