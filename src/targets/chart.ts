/**
 * Charts of allocations, trajectories and progress assessments.
 * @internal
 * @module
 */
import type { Lang } from "../decimal";
import { base, nameAxis, SCORE_AXIS, SERIES } from "../render/chart";
import { nameOf } from "../render/labels";
import type { ChartContext, ChartSpec } from "../render/types";
import type { Allocation } from "./allocate";
import type { ProgressAssessment, Trajectory } from "./trajectory";

const PROGRESS: Record<Lang, Record<ProgressAssessment["status"], string>> = {
  vi: { achieved: "đã đạt", onTrack: "đúng lộ trình", moderatelyImproving: "cải thiện vừa phải", stagnating: "chững lại", decreasing: "đi xuống" },
  en: { achieved: "achieved", onTrack: "on track", moderatelyImproving: "moderately improving", stagnating: "stagnating", decreasing: "decreasing" },
};

/** An allocation: the baseline stacked with the allocated increase, the target written at the end. @internal */
export function allocationChart(a: Allocation<string>, { lang, width, framework }: ChartContext): ChartSpec {
  const s = SERIES[lang];
  const values = Object.entries(a.targets).flatMap(([id, t]) => [
    { name: nameOf(a.framework, id, lang, framework), series: s.baseline, value: (a.baseline as Record<string, number>)[id]!, order: 0 },
    { name: nameOf(a.framework, id, lang, framework), series: s.increase, value: t.delta, order: 1, target: t.target },
  ]);
  const y = { field: "name", type: "nominal", title: null, sort: null, ...nameAxis(values.map((v) => v.name)) };
  const rowsHeight = 40 * Object.keys(a.targets).length;
  return {
    ...base(lang, width, `${lang === "vi" ? "Phân bổ chỉ tiêu" : "Allocation"}${a.unit ? `: ${a.unit}` : ""}`),
    height: rowsHeight,
    data: { values },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          y,
          x: { field: "value", type: "quantitative", stack: "zero", title: s.score, scale: { domain: [0, 10] }, axis: SCORE_AXIS },
          color: { field: "series", type: "nominal", title: null, sort: [s.baseline, s.increase], legend: { orient: "bottom" } },
          order: { field: "order" },
          tooltip: [
            { field: "name", type: "nominal", title: lang === "vi" ? "Chỉ số" : "Index" },
            { field: "series", type: "nominal", title: lang === "vi" ? "Phần" : "Part" },
            { field: "value", type: "quantitative", title: s.score, format: ".2f" },
          ],
        },
      },
      {
        // the target written at the end of each bar
        transform: [{ filter: "datum.order === 1" }],
        mark: { type: "text", align: "left", baseline: "middle", dx: 3, fontSize: 10, color: "#333" },
        encoding: { y, x: { field: "target", type: "quantitative" }, text: { field: "target", type: "quantitative", format: ".2f" } },
      },
    ],
  };
}

/** A trajectory: its milestones as a line. @internal */
export function trajectoryChart(t: Trajectory, { lang, width }: ChartContext): ChartSpec {
  const s = SERIES[lang];
  return {
    ...base(lang, width, `${lang === "vi" ? "Lộ trình" : "Trajectory"}${t.label ? `: ${t.label}` : ""}`),
    data: { values: t.milestones.map((m) => ({ year: m.period ?? String(m.year), value: m.value })) },
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "year", type: "ordinal", title: s.year, axis: { labelAngle: 0 } },
      y: { field: "value", type: "quantitative", title: s.value, scale: { zero: false }, axis: { format: "~r" } },
      tooltip: [
        { field: "year", type: "ordinal", title: s.year },
        { field: "value", type: "quantitative", title: s.value, format: `.${t.decimals}f` },
      ],
    },
  };
}

/** Progress: the straight line from baseline to target, and the observed values. @internal */
export function progressChart(p: ProgressAssessment, { lang, width }: ChartContext): ChartSpec {
  const s = SERIES[lang];
  const milestone = [
    { year: periodX(p.baselinePeriod, p.baselineYear), value: p.baseline, series: s.milestone },
    { year: periodX(p.targetPeriod, p.targetYear), value: p.target, series: s.milestone },
  ];
  const observed = [
    { year: periodX(p.baselinePeriod, p.baselineYear), value: p.baseline, series: s.observed },
    { year: periodX(p.latest.period, p.latest.year), value: p.latest.value, series: s.observed },
  ];
  return {
    ...base(lang, width, `${lang === "vi" ? "Tiến độ" : "Progress"}${p.label ? `: ${p.label}` : ""} — ${PROGRESS[lang][p.status]}`),
    // One data set for the whole chart (every spec has top-level data); each layer takes its series.
    data: { values: [...milestone, ...observed] },
    layer: [
      {
        transform: [{ filter: { field: "series", equal: s.milestone } }],
        mark: { type: "line", strokeDash: [4, 4] },
        encoding: {
          x: { field: "year", type: "quantitative", title: s.year, axis: { format: "d", tickMinStep: 1 } },
          y: { field: "value", type: "quantitative", title: s.value, scale: { zero: false } },
          color: { field: "series", type: "nominal", title: null },
        },
      },
      {
        transform: [{ filter: { field: "series", equal: s.observed } }],
        mark: { type: "line", point: true, tooltip: true },
        encoding: {
          x: { field: "year", type: "quantitative" },
          y: { field: "value", type: "quantitative" },
          color: { field: "series", type: "nominal", title: null },
        },
      },
    ],
  };
}

/** A quarter or month as a fractional year on a chart's axis ("2025-Q3" → 2025.5); a year as itself. */
function periodX(period: string | undefined, year: number): number {
  if (period === undefined) return year;
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return Number(q[1]) + (Number(q[2]) - 1) / 4;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? Number(m[1]) + (Number(m[2]) - 1) / 12 : year;
}
