/**
 * Renderers for allocations, trajectories and progress assessments, by their `kind`.
 * @internal
 * @module
 */
import { formatNumber, type Lang } from "../decimal";
import { compositeNameOf, csvHeader, nameOf } from "../render/labels";
import { markdownTable } from "../render/primitives";
import type { ChartRenderers, Renderer, RendererMap } from "../render/types";
import type { Allocation } from "./allocate";
import type { ProgressAssessment, ProgressStatus, Trajectory } from "./trajectory";
import { jupyterBundleWith } from "../render/dispatch";
import { allocationChart, progressChart, trajectoryChart } from "./chart";

const n = (v: number, lang: Lang, decimals = 2): string => formatNumber(v, { lang, decimals });
const STRATEGY: Record<Lang, Record<Allocation["strategy"], string>> = {
  vi: { equal: "chia đều", headroom: "theo dư địa (10 − điểm)", benchmark: "theo khoảng cách tới chuẩn so sánh", weakestFirst: "ưu tiên chỉ số yếu nhất" },
  en: { equal: "equal", headroom: "by headroom (10 − score)", benchmark: "by shortfall against a benchmark", weakestFirst: "weakest first" },
};
const STATUS: Record<Lang, Record<ProgressStatus, string>> = {
  vi: { achieved: "đã đạt", onTrack: "đúng lộ trình", moderatelyImproving: "cải thiện vừa phải", stagnating: "chững lại", decreasing: "đi xuống" },
  en: { achieved: "achieved", onTrack: "on track", moderatelyImproving: "moderately improving", stagnating: "stagnating", decreasing: "decreasing" },
};

const allocationRenderer: Renderer<Allocation<string>> = {
  markdown: (a, lang, fw) => {
    const vi = lang === "vi";
    const ids = Object.keys(a.targets);
    const header = [vi ? "Chỉ số thành phần" : "Sub-index", vi ? "Điểm cơ sở" : "Baseline"];
    if (a.benchmark) header.push(vi ? "Chuẩn so sánh" : "Benchmark");
    header.push(vi ? "Mức tăng" : "Increase", vi ? "Chỉ tiêu" : "Target");
    const rows = ids.map((id) => {
      const r = [nameOf(a.framework, id, lang, fw), n((a.baseline as Record<string, number>)[id]!, lang)];
      if (a.benchmark) r.push(n((a.benchmark.scores as Record<string, number>)[id]!, lang));
      const t = (a.targets as Record<string, { target: number; delta: number }>)[id]!;
      r.push(formatNumber(t.delta, { lang, signed: true }), n(t.target, lang));
      return r;
    });
    const total = [`**${compositeNameOf(a.framework, lang, fw)}**`, `**${n(a.baselineComposite, lang)}**`];
    if (a.benchmark) total.push("");
    total.push(`**${formatNumber(a.compositeDelta, { lang, signed: true })}**`, `**${n(a.compositeTarget, lang)}**`);
    rows.push(total);
    const title = `**${vi ? "Phân bổ chỉ tiêu" : "Allocation"}${a.unit ? `: ${a.unit}` : ""} — ${STRATEGY[lang][a.strategy]}${a.benchmark?.label ? ` (${a.benchmark.label[lang]})` : ""}**`;
    return `${title}\n\n${markdownTable(header, rows, header.map((_, i) => (i === 0 ? "left" : "right")))}\n`;
  },
  csv: (a, lang, fw) => ({
    header: csvHeader(lang, ["id", "name", "baseline", "delta", "target", "strategy"]),
    rows: [
      ...Object.entries(a.targets as Record<string, { target: number; delta: number }>).map(([id, t]) => [id, nameOf(a.framework, id, lang, fw), n((a.baseline as Record<string, number>)[id]!, lang), n(t.delta, lang), n(t.target, lang), lang === "vi" ? STRATEGY.vi[a.strategy] : a.strategy]),
      ["composite", compositeNameOf(a.framework, lang, fw), n(a.baselineComposite, lang), n(a.compositeDelta, lang), n(a.compositeTarget, lang), lang === "vi" ? STRATEGY.vi[a.strategy] : a.strategy],
    ],
  }),
};

const trajectoryRenderer: Renderer<Trajectory> = {
  markdown: (t, lang) => {
    const vi = lang === "vi";
    const title = `**${vi ? "Lộ trình" : "Trajectory"}${t.label ? `: ${t.label}` : ""} (${t.baselinePeriod ?? t.baselineYear} → ${t.targetPeriod ?? t.targetYear})**`;
    const note = vi
      ? `Mức thay đổi cần thiết mỗi năm: ${formatNumber(t.annualChange, { lang, decimals: t.decimals + 2, signed: true })} (${t.direction === "higher" ? "càng cao càng tốt" : "càng thấp càng tốt"}).`
      : `Required change per year: ${formatNumber(t.annualChange, { lang, decimals: t.decimals + 2, signed: true })} (${t.direction === "higher" ? "higher is better" : "lower is better"}).`;
    return `${title}\n\n${markdownTable([t.granularity ? (vi ? "Kỳ" : "Period") : vi ? "Năm" : "Year", vi ? "Mốc" : "Milestone"], t.milestones.map((m) => [m.period ?? String(m.year), n(m.value, lang, t.decimals)]), ["left", "right"])}\n\n${note}\n`;
  },
  csv: (t, lang) => ({
    header: csvHeader(lang, [t.granularity ? "period" : "year", "milestone"]),
    rows: t.milestones.map((m) => [m.period ?? String(m.year), n(m.value, lang, t.decimals)]),
  }),
};

const progressRenderer: Renderer<ProgressAssessment> = {
  markdown: (p, lang) => {
    const vi = lang === "vi";
    const d = 2;
    return (
      [
        `**${vi ? "Đánh giá tiến độ" : "Progress"}${p.label ? `: ${p.label}` : ""} — ${STATUS[lang][p.status]}**`,
        markdownTable(
          [vi ? "Mục" : "Item", vi ? "Giá trị" : "Value"],
          [
            [vi ? `Cơ sở ${p.baselinePeriod ?? p.baselineYear}` : `Baseline ${p.baselinePeriod ?? p.baselineYear}`, n(p.baseline, lang)],
            [vi ? `Mục tiêu ${p.targetPeriod ?? p.targetYear}` : `Target ${p.targetPeriod ?? p.targetYear}`, n(p.target, lang)],
            [vi ? `Thực tế ${p.latest.period ?? p.latest.year}` : `Observed ${p.latest.period ?? p.latest.year}`, n(p.latest.value, lang)],
            [vi ? `Theo lộ trình ${p.latest.period ?? p.latest.year}` : `On the line for ${p.latest.period ?? p.latest.year}`, n(p.expected, lang)],
            [vi ? "Thay đổi thực tế/năm" : "Observed change per year", formatNumber(p.observedAnnualChange, { lang, decimals: d + 2, signed: true })],
            [vi ? "Thay đổi cần thiết/năm" : "Required change per year", formatNumber(p.requiredAnnualChange, { lang, decimals: d + 2, signed: true })],
          ],
          ["left", "right"],
        ),
      ].join("\n\n") + "\n"
    );
  },
  csv: (p, lang) => ({
    header: csvHeader(lang, ["label", "baseline_year", "baseline", "target_year", "target", "latest_year", "latest", "observed_annual_change", "required_annual_change", "ratio", "status"]),
    rows: [[p.label ?? "", p.baselinePeriod ?? String(p.baselineYear), n(p.baseline, lang), p.targetPeriod ?? String(p.targetYear), n(p.target, lang), p.latest.period ?? String(p.latest.year), n(p.latest.value, lang), n(p.observedAnnualChange, lang, 4), n(p.requiredAnnualChange, lang, 4), p.ratio === null ? "" : n(p.ratio, lang, 4), lang === "vi" ? STATUS.vi[p.status] : p.status]],
  }),
};

export const targetsRenderers: RendererMap = {
  allocation: allocationRenderer,
  trajectory: trajectoryRenderer,
  progressAssessment: progressRenderer,
};

/** Charts of this module's results, by kind. @internal */
export const targetsCharts: ChartRenderers = {
  allocation: allocationChart,
  trajectory: trajectoryChart,
  progressAssessment: progressChart,
};

/** The notebook display of allocations, trajectories and progress assessments. @internal */
export function showTargets(value: unknown): Record<string, unknown> | Promise<Record<string, unknown>> {
  return jupyterBundleWith(targetsRenderers, targetsCharts, value);
}
