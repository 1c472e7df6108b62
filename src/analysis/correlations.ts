/**
 * `correlations` and `cronbachAlpha`: how the indicators of a framework move together, as
 * COINr's `get_corr`, `get_corr_flags` and `get_cronbach`.
 * @module
 */
import type { Framework } from "../framework/types";
import { scoreUnits } from "../scoring/engine";
import type { UnitRow } from "../scoring/types";
import { seal } from "../util";
import { orderOf, pairCorrelation, pairCovariance, sig, toF64 } from "../scoring/moments";
import { choiceOption, numOption, readOptions, readTable, type Table } from "./read";

/** Options of {@link correlations}. */
export interface CorrelationOptions {
  /** `pearson` (default) or `spearman` (Pearson's of average ranks). */
  readonly method?: "pearson" | "spearman";
  /** Pairs whose direction-adjusted correlation exceeds this are flagged `collinear`. Default 0.92. */
  readonly collinear?: number;
  /** Pairs of one component whose direction-adjusted correlation is below this are flagged `negative`. Default 0. */
  readonly negative?: number;
}

/** A flagged pair of indicators. */
export interface CorrelationFlag {
  readonly flag: "collinear" | "negative";
  readonly a: string;
  readonly b: string;
  /** The component both belong to (`null` for a collinear pair of two components). */
  readonly component: string | null;
  /** Direction-adjusted correlation (a `lower` indicator's sign reversed), 10 significant digits. */
  readonly correlation: number;
}

/** An indicator's correlation with its own component. */
export interface ComponentCorrelation {
  readonly indicator: string;
  readonly component: string;
  /** Correlation of the direction-adjusted raw values with the component's score from `scoreUnits`; `null` when undefined. */
  readonly correlation: number | null;
}

/** The result of {@link correlations}. */
export interface Correlations {
  readonly kind: "correlations";
  readonly method: "pearson" | "spearman";
  /** Indicator ids, rows and columns of `matrix`. */
  readonly ids: readonly string[];
  /** Correlations of the raw values, pairwise complete, 10 significant digits; `null` where fewer than 2 pairs or a constant side. */
  readonly matrix: readonly (readonly (number | null)[])[];
  readonly withComponent: readonly ComponentCorrelation[];
  readonly flags: readonly CorrelationFlag[];
  /** Cronbach's alpha of each component (as {@link cronbachAlpha}). */
  readonly alpha: Readonly<Record<string, number | null>>;
}

/**
 * The correlation matrix of a framework's raw indicator values, pairwise complete (R's
 * `cor(use = "pairwise.complete.obs")`, which COINr's `get_corr` calls), Pearson's or
 * Spearman's (the ranks of each pair's complete cases, ties sharing their average rank); each
 * indicator's correlation with its own component's score (from `scoreUnits` of the framework,
 * the indicator's sign reversed when `lower` is better); and flags, on direction-adjusted
 * correlations as COINr's `get_corr_flags(use_directions = TRUE)`: `negative` for two
 * indicators of one component below `negative` (default 0), `collinear` for any pair above
 * `collinear` (default 0.92); and each component's Cronbach's alpha (as {@link cronbachAlpha}).
 * Computed in binary64, rounded to 10 significant digits.
 * Sources: OECD/JRC Handbook (2008), §1.5 (multivariate analysis); COINr `get_corr`, `get_corr_flags`.
 *
 * @throws {@link PgiError} as {@link impute} for bad rows; `INVALID_INPUT` for bad options.
 *
 * @example
 * ```ts
 * const fw = defineFramework({ id: "d", name: { vi: "Huyện", en: "District" }, components: [{ id: "env" }],
 *   indicators: [{ id: "a", component: "env", direction: "higher" }, { id: "b", component: "env", direction: "lower" }] });
 * const rows = [[1, 4], [2, 3], [3, 2.5], [4, 1]].map(([a, b], i) => ({ unit: `U${i}`, indicators: { a, b } }));
 * const c = correlations(fw, rows);
 * c.matrix[0];        // [1, -0.981155781]
 * c.flags[0].flag;    // "collinear"
 * ```
 */
export function correlations(framework: unknown, rows: readonly unknown[], options?: CorrelationOptions): Correlations {
  const o = readOptions<CorrelationOptions>(options, ["method", "collinear", "negative"]);
  const method = choiceOption<"pearson" | "spearman">(o.method, "method", ["pearson", "spearman"], "pearson");
  const collinear = numOption(o.collinear, "collinear", 0.92, -1, 1);
  const negative = numOption(o.negative, "negative", 0, -1, 1);
  const t = readTable(framework, rows);
  const ids = t.indicators.map((i) => i.id);
  const sign = t.indicators.map((i) => (i.direction === "lower" ? -1 : 1));
  const cols = ids.map((id) => toF64(t.columns[id]!));
  const orders = method === "spearman" ? cols.map(orderOf) : null;
  const cor = (i: number, a: Float64Array, j: number, b: Float64Array, ob?: Int32Array): number | null =>
    pairCorrelation(a, b, orders ? [orders[i]!, ob ?? orders[j]!] : undefined);
  // Symmetric: each pair computed once.
  const raw: (number | null)[][] = ids.map(() => new Array<number | null>(ids.length).fill(null));
  for (let i = 0; i < ids.length; i++) {
    raw[i]![i] = cor(i, cols[i]!, i, cols[i]!) === null ? null : 1;
    for (let j = i + 1; j < ids.length; j++) raw[i]![j] = raw[j]![i] = cor(i, cols[i]!, j, cols[j]!);
  }
  const matrix = raw.map((r) => r.map((v) => sig(v)));
  const flags: CorrelationFlag[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const r = raw[i]![j];
      if (r === null || r === undefined) continue;
      const adj = r * sign[i]! * sign[j]!;
      const same = t.indicators[i]!.component === t.indicators[j]!.component;
      if (adj > collinear)
        flags.push({ flag: "collinear", a: ids[i]!, b: ids[j]!, component: same ? t.indicators[i]!.component : null, correlation: sig(adj)! });
      if (same && adj < negative) flags.push({ flag: "negative", a: ids[i]!, b: ids[j]!, component: t.indicators[i]!.component, correlation: sig(adj)! });
    }
  }
  const scored = scoreUnits(t.framework, rows as readonly UnitRow[]);
  const compCols = new Map<string, { values: Float64Array; order: Int32Array | undefined }>();
  // A multi-level framework: every level (an indicator's own component may be below the top).
  for (const c of everyComponent(t.framework as Framework)) {
    const values = toF64(scored.units.map((u) => (u.components as Record<string, number | null>)[c.id] ?? null));
    compCols.set(c.id, { values, order: orders ? orderOf(values) : undefined });
  }
  const withComponent = t.indicators.map((ind, i): ComponentCorrelation => {
    const comp = compCols.get(ind.component)!;
    const r = cor(i, cols[i]!, -1, comp.values, comp.order);
    return { indicator: ind.id, component: ind.component, correlation: r === null ? null : sig(r * sign[i]!) };
  });
  return seal({ kind: "correlations", method, ids, matrix, withComponent, flags, alpha: alphas(t) });
}

/**
 * Cronbach's alpha of each component's indicators (in a multi-level framework every level's, a
 * parent's over the indicators of the components below it), from their pairwise-complete covariance
 * matrix Σ as COINr's `get_cronbach`: α = k²·σ̄ / ΣΣ, where k is the number of indicators, ΣΣ
 * the sum of every entry of Σ and σ̄ the mean of its off-diagonal entries. Values are the raw
 * ones, a `lower` indicator's sign reversed (so all point the same way). `null` for a component
 * of one indicator or with no covariance. Binary64, rounded to 10 significant digits. Sources:
 * Cronbach (1951); OECD/JRC Handbook (2008), §1.5; COINr `get_cronbach`.
 *
 * @throws {@link PgiError} as {@link impute} for bad rows.
 *
 * @example
 * ```ts
 * const fw = defineFramework({ id: "d", name: { vi: "Huyện", en: "District" }, components: [{ id: "env" }],
 *   indicators: [{ id: "a", component: "env", direction: "higher" }, { id: "b", component: "env", direction: "lower" }] });
 * const rows = [[1, 4], [2, 3], [3, 2.5], [4, 1]].map(([a, b], i) => ({ unit: `U${i}`, indicators: { a, b } }));
 * cronbachAlpha(fw, rows); // { env: 0.990228013 }
 * ```
 */
export function cronbachAlpha(framework: unknown, rows: readonly unknown[]): Readonly<Record<string, number | null>> {
  return Object.freeze(alphas(readTable(framework, rows)));
}

/** The components of every level: the top level, then those below it (multi-level frameworks). */
const everyComponent = (fw: Framework): readonly Framework["components"][number][] =>
  fw.subComponents === undefined ? fw.components : [...fw.components, ...fw.subComponents];

/** Cronbach's alpha of every component of a read table. */
function alphas(t: Table): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  const fw = t.framework as Framework;
  const parentOf = new Map((fw.subComponents ?? []).map((c) => [c.id as string, c.parent as string]));
  // A component's indicators: its own, or (a parent in a multi-level framework) those of the components below it.
  const under = (component: string, id: string): boolean => {
    for (let at: string | undefined = component; at !== undefined; at = parentOf.get(at)) if (at === id) return true;
    return false;
  };
  for (const c of everyComponent(fw)) {
    const inds = t.indicators.filter((i) => under(i.component, c.id));
    const cols = inds.map((i) => toF64(t.columns[i.id]!.map((v) => (v === null ? null : i.direction === "lower" ? -v : v))));
    const k = cols.length;
    if (k < 2) {
      out[c.id] = null;
      continue;
    }
    let all = 0;
    let diag = 0;
    for (let i = 0; i < k; i++) {
      for (let j = i; j < k; j++) {
        const v = pairCovariance(cols[i]!, cols[j]!);
        if (v === null) continue;
        all += i === j ? v : 2 * v;
        if (i === j) diag += v;
      }
    }
    const av = (all - diag) / (k * (k - 1));
    out[c.id] = all === 0 ? null : sig((k * k * av) / all);
  }
  return out;
}
