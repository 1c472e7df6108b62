/**
 * Vega-Lite charts of the uncertainty results: rank intervals (COINr's `plot_uncertainty`),
 * sensitivity bars (`plot_sensitivity`) and rank-probability curves.
 * @internal
 * @module
 */
import type { Lang } from "../decimal";
import type { ChartContext, ChartRenderers } from "../render/types";
import type { RankProbability } from "./rank-probability";
import type { RankConfidenceSets } from "./rank-sets";
import type { Sensitivity } from "./sensitivity";
import type { SobolResult } from "./sobol";
import type { Uncertainty } from "./uncertainty";
import { factorName } from "./labels";

/** What a chart builder is given besides the result (the dispatcher's chart context). @internal */
export type UncertaintyChartContext = Pick<ChartContext, "lang" | "width">;

type Spec = Record<string, unknown>;

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

function base(lang: Lang, width: number, title: string): Spec {
  return {
    $schema: SCHEMA,
    title,
    width,
    config: {
      locale: {
        number:
          lang === "vi"
            ? { decimal: ",", thousands: ".", grouping: [3], currency: ["", ""] }
            : { decimal: ".", thousands: ",", grouping: [3], currency: ["", ""] },
      },
      axis: { labelLimit: 0, labelFontSize: 11, titleFontSize: 12 },
      title: { anchor: "start", frame: "bounds", fontSize: 14 },
      legend: { labelLimit: 0 },
      view: { stroke: null },
      font: "sans-serif",
    },
  };
}

/** Intervals of ranks per unit, ordered by a rank: a bar from `low` to `high`, a dot at `mid`. */
function rankIntervals(
  rows: readonly { unit: string; order: number; low: number; high: number; mid: number; nominal: number | null }[],
  title: string,
  labels: { readonly mid: string; readonly low: string; readonly high: string; readonly nominal: string; readonly order: string },
  context: UncertaintyChartContext,
  units: number,
): Spec {
  const vi = context.lang === "vi";
  const sorted = [...rows].sort((a, b) => a.order - b.order || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  const order = sorted.map((r) => r.unit);
  // Every unit named: at least 12 pixels a unit, names upright when there are many.
  const many = order.length > 20;
  const x = { field: "unit", type: "nominal", sort: order, title: labels.order, axis: { labelAngle: many ? -90 : -45, labelFontSize: many ? 9 : 11 } };
  const y = { type: "quantitative", scale: { reverse: true, domain: [1, Math.max(units, 2)], nice: false }, axis: { format: "d", tickMinStep: 1 } };
  const tooltip = [
    { field: "unit", type: "nominal", title: vi ? "Đơn vị" : "Unit" },
    { field: "nominal", type: "quantitative", title: labels.nominal },
    { field: "mid", type: "quantitative", title: labels.mid },
    { field: "low", type: "quantitative", title: labels.low },
    { field: "high", type: "quantitative", title: labels.high },
  ];
  return {
    ...base(context.lang, Math.max(context.width, 12 * order.length), title),
    height: 300,
    data: { values: sorted.map((r) => ({ unit: r.unit, nominal: r.nominal, mid: r.mid, low: r.low, high: r.high })) },
    layer: [
      {
        mark: { type: "rule", strokeWidth: 2, color: "#9ecae1" },
        encoding: { x, y: { ...y, field: "low", title: vi ? "Hạng" : "Rank" }, y2: { field: "high" }, tooltip },
      },
      { mark: { type: "point", filled: true, size: 30, color: "#08519c" }, encoding: { x, y: { ...y, field: "mid", title: vi ? "Hạng" : "Rank" }, tooltip } },
    ],
  };
}

/** Ranks over the runs: median dot and 5–95 % bar per unit, ordered by nominal rank. @internal */
export function uncertaintyChart(u: Uncertainty, context: UncertaintyChartContext): Spec {
  const vi = context.lang === "vi";
  const rows = u.units.flatMap((x) =>
    x.median === null || x.q05 === null || x.q95 === null
      ? []
      : [{ unit: x.unit, order: x.nominal ?? Number.MAX_SAFE_INTEGER, low: x.q05, high: x.q95, mid: x.median, nominal: x.nominal }],
  );
  const title = vi ? `Hạng qua ${u.runs} lần chạy: trung vị và khoảng 5–95 %` : `Ranks over ${u.runs} runs: median and 5–95 % interval`;
  return rankIntervals(
    rows,
    title,
    vi
      ? { mid: "Trung vị", low: "5 %", high: "95 %", nominal: "Hạng danh nghĩa", order: "Đơn vị (theo hạng danh nghĩa)" }
      : { mid: "Median", low: "5 %", high: "95 %", nominal: "Nominal rank", order: "Unit (by nominal rank)" },
    context,
    u.units.length,
  );
}

/** Rank confidence sets: the set as a bar, the estimated rank as a dot, ordered by rank. @internal */
export function rankSetsChart(s: RankConfidenceSets, context: UncertaintyChartContext): Spec {
  const vi = context.lang === "vi";
  const rows = s.units.map((x) => ({ unit: x.unit, order: x.rank, low: x.lower, high: x.upper, mid: x.rank, nominal: x.rank }));
  const pct = String(Math.round(s.coverage * 1000) / 10).replace(".", vi ? "," : ".");
  const title = vi
    ? `Tập tin cậy ${pct} % của thứ hạng (${s.simultaneous ? "đồng thời" : "từng đơn vị"})`
    : `${pct} % confidence sets for ranks (${s.simultaneous ? "simultaneous" : "marginal"})`;
  return rankIntervals(
    rows,
    title,
    vi
      ? { mid: "Hạng ước lượng", low: "Hạng tốt nhất", high: "Hạng kém nhất", nominal: "Hạng ước lượng", order: "Đơn vị (theo hạng ước lượng)" }
      : { mid: "Estimated rank", low: "Best rank", high: "Worst rank", nominal: "Estimated rank", order: "Unit (by estimated rank)" },
    context,
    s.units.length,
  );
}

/** First-order and interaction (total − first-order) indices, stacked, one bar per factor. */
function indexBars(items: readonly { name: string; first: number; total: number }[], title: string, context: UncertaintyChartContext): Spec {
  const vi = context.lang === "vi";
  const first = vi ? "Bậc nhất" : "First-order";
  const inter = vi ? "Tương tác" : "Interactions";
  const values = items.flatMap((f) => {
    const a = Math.max(0, f.first);
    // Estimates may put the first-order index above the total: no negative interaction is drawn.
    const b = Math.max(0, Math.round((f.total - a) * 10000) / 10000);
    return [
      { name: f.name, part: first, value: a, order: 0, total: f.total },
      { name: f.name, part: inter, value: b, order: 1, total: f.total },
    ];
  });
  const names = [...items].sort((a, b) => b.total - a.total).map((f) => f.name);
  return {
    ...base(context.lang, context.width, title),
    height: Math.max(60, 36 * items.length),
    data: { values },
    mark: { type: "bar" },
    encoding: {
      y: { field: "name", type: "nominal", sort: names, title: null },
      x: {
        field: "value",
        type: "quantitative",
        stack: "zero",
        title: vi ? "Chỉ số độ nhạy (tổng = chỉ số toàn phần)" : "Sensitivity index (whole bar = total index)",
        axis: { format: ".2f" },
      },
      color: { field: "part", type: "nominal", sort: [first, inter], title: null, scale: { range: ["#08519c", "#9ecae1"] }, legend: { orient: "bottom" } },
      order: { field: "order", type: "quantitative" },
      tooltip: [
        { field: "name", type: "nominal", title: vi ? "Yếu tố" : "Factor" },
        { field: "part", type: "nominal", title: vi ? "Phần" : "Part" },
        { field: "value", type: "quantitative", format: ".4f", title: vi ? "Giá trị" : "Value" },
        { field: "total", type: "quantitative", format: ".4f", title: vi ? "Chỉ số toàn phần" : "Total index" },
      ],
    },
  };
}

/** Sensitivity of the ranks to each factor. @internal */
export function sensitivityChart(s: Sensitivity, context: UncertaintyChartContext): Spec {
  const vi = context.lang === "vi";
  const title = vi ? `Độ nhạy của thứ hạng theo từng yếu tố (${s.runs} lần chạy)` : `Sensitivity of the ranks to each factor (${s.runs} runs)`;
  return indexBars(
    s.factors.map((f) => ({ name: factorName(f.factor, context.lang), first: f.firstOrder, total: f.total })),
    title,
    context,
  );
}

/** Sobol indices of a model, one bar per input. @internal */
export function sobolChart(s: SobolResult, context: UncertaintyChartContext): Spec {
  const vi = context.lang === "vi";
  const title = vi ? `Chỉ số Sobol theo từng biến đầu vào (${s.runs} lần chạy)` : `Sobol indices by input (${s.runs} runs)`;
  return indexBars(
    s.indices.map((i) => ({ name: `u[${i.dimension}]`, first: i.firstOrder, total: i.total })),
    title,
    context,
  );
}

/** The chance of each rank or better with the score given. @internal */
export function rankProbabilityChart(p: RankProbability, context: UncertaintyChartContext): Spec {
  const vi = context.lang === "vi";
  const score = vi ? String(p.score).replace(".", ",") : String(p.score);
  const title = vi ? `${p.unit} với ${score} điểm: xác suất đạt từng hạng trở lên` : `${p.unit} with ${score}: chance of each rank or better`;
  const tooltip = [
    { field: "rank", type: "quantitative", title: vi ? "Hạng" : "Rank" },
    { field: "atOrAbove", type: "quantitative", format: ".1%", title: vi ? "Xác suất đạt hạng này trở lên" : "Chance of this rank or better" },
    { field: "exactly", type: "quantitative", format: ".1%", title: vi ? "Xác suất đúng hạng này" : "Chance of exactly this rank" },
  ];
  const x = {
    field: "rank",
    type: "quantitative",
    title: vi ? "Hạng" : "Rank",
    scale: { domain: [1, Math.max(2, p.atOrAbove.length)], nice: false },
    axis: { format: "d", tickMinStep: 1 },
  };
  return {
    ...base(context.lang, context.width, title),
    height: 260,
    // Every rank has both chances: a copy that lost one is refused (reading it throws) rather than drawn short.
    data: { values: p.ranks.map((r, i) => ({ rank: r.rank, atOrAbove: p.atOrAbove[i]!.probability, exactly: r.probability })) },
    layer: [
      {
        mark: { type: "line", interpolate: "step-after", color: "#08519c" },
        encoding: {
          x,
          y: { field: "atOrAbove", type: "quantitative", title: vi ? "Xác suất" : "Probability", scale: { domain: [0, 1] }, axis: { format: ".0%" } },
          tooltip,
        },
      },
      { mark: { type: "bar", color: "#9ecae1", opacity: 0.8 }, encoding: { x, y: { field: "exactly", type: "quantitative" }, tooltip } },
    ],
  };
}

/** The charts of the uncertainty results, by kind. @internal */
export const uncertaintyCharts: ChartRenderers = {
  uncertainty: uncertaintyChart,
  sensitivity: sensitivityChart,
  sobolIndices: sobolChart,
  rankProbability: rankProbabilityChart,
  rankConfidenceSets: rankSetsChart,
};
