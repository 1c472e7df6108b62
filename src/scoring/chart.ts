/**
 * The chart of a scoring: sorted bars of the units' composites.
 * @internal
 * @module
 */
import { D, toNum } from "../decimal";
import { base, rankedBars } from "../render/chart";
import { frameworkFor, nameOf } from "../render/labels";
import type { ChartContext, ChartSpec } from "../render/types";
import type { ScoredUnit, Scoring, ScoringColumns } from "./engine";

/** A scoring: sorted bars of the composites, titled with the framework's name when it is known (`highlight` marks one unit). @internal */
export function scoringChart(s: Scoring, context: ChartContext): ChartSpec {
  const { lang } = context;
  const fw = frameworkFor(s.framework, context.framework);
  const name = fw?.name[lang]?.trim();
  const title = `${lang === "vi" ? "Kết quả chấm điểm" : "Scores"}: ${name ? name : s.framework}`;
  if (context.chart === "stacked") return stackedChart(s, title, context);
  const rows = s.units.filter((u) => u.composite !== null).map((u) => ({ unit: u.unit, value: u.composite!, rank: u.rank }));
  return rankedBars(rows, title, context);
}

/**
 * A scoring as stacked bars: each unit's composite split into what each component adds to it
 * (`sum`: the component score; `weightedSum`: weight × score; `mean`: score ÷ number of
 * components; a geometric or harmonic mean or a median, which no sum splits: the composite
 * shared in proportion to weight × score; rounded at the framework's decimals), units sorted by
 * composite. Without the framework the components are taken as summed. @internal
 */
function stackedChart(s: Scoring, title: string, context: ChartContext): ChartSpec {
  const { lang, width } = context;
  const fw = frameworkFor(s.framework, context.framework);
  // A multi-level framework stacks its top level only (the components the composite adds up).
  const ids = fw?.subComponents !== undefined ? fw.components.map((c) => c.id) : s.units.length ? Object.keys(s.units[0]!.components) : [];
  const method = fw?.composite.method ?? "sum";
  const dp = fw?.composite.decimals ?? 2;
  const weight = (id: string): number => (method === "median" ? 1 : (fw?.components.find((x) => x.id === id)?.weight ?? 1));
  const proportional = method === "geometricMean" || method === "harmonicMean" || method === "median";
  const share = (u: ScoredUnit, id: string, v: number): number => {
    const c = fw?.components.find((x) => x.id === id);
    let d = method === "weightedSum" && c ? new D(String(v)).times(c.weight) : method === "mean" ? new D(String(v)).div(ids.length) : new D(String(v));
    if (proportional) {
      const total = ids.reduce((a, k) => a.plus(new D(String(u.components[k] ?? 0)).times(weight(k))), new D(0));
      d = total.isZero() ? new D(0) : new D(String(u.composite!)).times(weight(id)).times(String(v)).div(total);
    }
    return toNum(d, dp);
  };
  const values = s.units
    .filter((u) => u.composite !== null)
    .flatMap((u) =>
      ids
        .filter((id) => u.components[id] !== null && u.components[id] !== undefined)
        .map((id, order) => ({
          unit: u.unit,
          component: nameOf(s.framework, id, lang, context.framework),
          order,
          value: share(u, id, u.components[id]!),
          composite: u.composite!,
          rank: u.rank,
        })),
    );
  return {
    ...base(lang, width, title),
    data: { values },
    mark: { type: "bar" },
    encoding: {
      y: { field: "unit", type: "nominal", title: null, sort: { field: "composite", order: "descending" } },
      x: { field: "value", type: "quantitative", stack: "zero", title: lang === "vi" ? "Điểm tổng hợp" : "Composite" },
      color: {
        field: "component",
        type: "nominal",
        title: lang === "vi" ? "Thành phần" : "Component",
        sort: ids.map((id) => nameOf(s.framework, id, lang, context.framework)),
      },
      order: { field: "order", type: "quantitative" },
      tooltip: [
        { field: "rank", type: "ordinal", title: lang === "vi" ? "Hạng" : "Rank" },
        { field: "unit", type: "nominal", title: lang === "vi" ? "Đơn vị" : "Unit" },
        { field: "component", type: "nominal", title: lang === "vi" ? "Thành phần" : "Component" },
        { field: "value", type: "quantitative", title: lang === "vi" ? "Phần đóng góp" : "Contribution", format: ".2f" },
        { field: "composite", type: "quantitative", title: lang === "vi" ? "Điểm tổng hợp" : "Composite", format: ".2f" },
      ],
    },
  };
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
