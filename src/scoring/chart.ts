/**
 * The chart of a scoring: sorted bars of the units' composites.
 * @internal
 * @module
 */
import { rankedBars } from "../render/chart";
import { frameworkFor } from "../render/labels";
import type { ChartContext, ChartSpec } from "../render/types";
import type { ScoredUnit, Scoring, ScoringColumns } from "./engine";

/** A scoring: sorted bars of the composites, titled with the framework's name when it is known (`highlight` marks one unit). @internal */
export function scoringChart(s: Scoring, context: ChartContext): ChartSpec {
  const { lang } = context;
  const fw = frameworkFor(s.framework, context.framework);
  const title = `${lang === "vi" ? "Kết quả chấm điểm" : "Scores"}: ${fw ? fw.name[lang] : s.framework}`;
  const rows = s.units.filter((u) => u.composite !== null).map((u) => ({ unit: u.unit, value: u.composite!, rank: u.rank }));
  return rankedBars(rows, title, context);
}

/** A column of `scoreColumns` at unit `u`: `NaN` (missing) as null. */
const at = (column: Float64Array | undefined, u: number): number | null => {
  const v = column?.[u];
  return v === undefined || Number.isNaN(v) ? null : v;
};

/** A columnar scoring read as rows of units, so it renders like a scoring (the same numbers; no raw indicators). @internal */
export function rowsOf(c: ScoringColumns): Scoring {
  const units = c.units.map((unit, u) => ({
    unit,
    group: c.groups[u] ?? null,
    indicators: {},
    components: Object.fromEntries(Object.entries(c.components).map(([id, col]) => [id, at(col, u)])),
    composite: at(c.composite, u),
    rank: c.rank[u] === 0 || c.rank[u] === undefined ? null : c.rank[u]!,
  })) as unknown as ScoredUnit[];
  return { kind: "scoring", framework: c.framework, units, indicators: [], findings: c.findings };
}

/** A columnar scoring: the chart of the scoring of the same numbers. @internal */
export function columnsChart(c: ScoringColumns, context: ChartContext): ChartSpec {
  return scoringChart(rowsOf(c), context);
}
