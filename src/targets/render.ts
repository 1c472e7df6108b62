/**
 * Renderers for allocations, trajectories and progress assessments, by their `kind`.
 * @internal
 * @module
 */
import { formatNumber, type Lang } from "../decimal";
import { compositeNameOf, csvHeader, nameOf } from "../render/labels";
import { markdownTable } from "../render/primitives";
import type { ChartRenderers, CsvRenderers, MarkdownRenderers, Renderer, RendererMap } from "../render/types";
import type { Allocation } from "./allocate";
import type { ProgressAssessment, ProgressStatus, Trajectory } from "./shape";
import { periodLabel } from "./calendar";
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

const allocationMarkdown: Renderer<Allocation<string>>["markdown"] = (a, lang, fw) => {
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
  return `${title}\n\n${markdownTable(
    header,
    rows,
    header.map((_, i) => (i === 0 ? "left" : "right")),
  )}\n`;
};

const allocationCsv: Renderer<Allocation<string>>["csv"] = (a, lang, fw) => ({
  header: csvHeader(lang, ["id", "name", "baseline", "delta", "target", "strategy"]),
  rows: [
    ...Object.entries(a.targets as Record<string, { target: number; delta: number }>).map(([id, t]) => [
      id,
      nameOf(a.framework, id, lang, fw),
      n((a.baseline as Record<string, number>)[id]!, lang),
      n(t.delta, lang),
      n(t.target, lang),
      lang === "vi" ? STRATEGY.vi[a.strategy] : a.strategy,
    ]),
    [
      "composite",
      compositeNameOf(a.framework, lang, fw),
      n(a.baselineComposite, lang),
      n(a.compositeDelta, lang),
      n(a.compositeTarget, lang),
      lang === "vi" ? STRATEGY.vi[a.strategy] : a.strategy,
    ],
  ],
});

/** "quý"/"tháng" and "quarter"/"month" for a period trajectory's rates. */
const PER: Record<Lang, Record<"quarter" | "month", string>> = { vi: { quarter: "quý", month: "tháng" }, en: { quarter: "quarter", month: "month" } };
/** A year or period as tables write it ("Quý II/2025", "Q2 2025"; years as they are). */
const when = (period: string | undefined, year: number, lang: Lang): string => (period === undefined ? String(year) : periodLabel(period, lang));
const signed = (v: number, lang: Lang, decimals: number): string => formatNumber(v, { lang, decimals, signed: true });

const trajectoryMarkdown: Renderer<Trajectory>["markdown"] = (t, lang) => {
  const vi = lang === "vi";
  const title = `**${vi ? "Lộ trình" : "Trajectory"}${t.label ? `: ${t.label}` : ""} (${when(t.baselinePeriod, t.baselineYear, lang)} → ${when(t.targetPeriod, t.targetYear, lang)})**`;
  const better = t.direction === "higher" ? (vi ? "càng cao càng tốt" : "higher is better") : vi ? "càng thấp càng tốt" : "lower is better";
  const perYear = signed(t.annualChange, lang, t.decimals + 2);
  const note =
    t.granularity !== undefined && t.periodChange !== undefined
      ? vi
        ? `Mức thay đổi cần thiết mỗi ${PER.vi[t.granularity]}: ${signed(t.periodChange, lang, t.decimals + 2)}; mỗi năm: ${perYear} (${better}).`
        : `Required change per ${PER.en[t.granularity]}: ${signed(t.periodChange, lang, t.decimals + 2)}; per year: ${perYear} (${better}).`
      : vi
        ? `Mức thay đổi cần thiết mỗi năm: ${perYear} (${better}).`
        : `Required change per year: ${perYear} (${better}).`;
  const rows = t.milestones.map((m) => [when(m.period, m.year, lang), n(m.value, lang, t.decimals)]);
  return `${title}\n\n${markdownTable([t.granularity ? (vi ? "Kỳ" : "Period") : vi ? "Năm" : "Year", vi ? "Mốc" : "Milestone"], rows, ["left", "right"])}\n\n${note}\n`;
};

const trajectoryCsv: Renderer<Trajectory>["csv"] = (t, lang) => ({
  header: csvHeader(lang, [t.granularity ? "period" : "year", "milestone"]),
  rows: t.milestones.map((m) => [when(m.period, m.year, lang), n(m.value, lang, t.decimals)]),
});

/** CSV headers of the per-period rates, which the shared header table does not hold. */
const PERIOD_HEADERS: Record<Lang, Record<"quarter" | "month", [string, string]>> = {
  vi: { quarter: ["Thay đổi thực tế/quý", "Thay đổi cần thiết/quý"], month: ["Thay đổi thực tế/tháng", "Thay đổi cần thiết/tháng"] },
  en: { quarter: ["observed_quarterly_change", "required_quarterly_change"], month: ["observed_monthly_change", "required_monthly_change"] },
};

const progressMarkdown: Renderer<ProgressAssessment>["markdown"] = (p, lang) => {
  const vi = lang === "vi";
  // The indicator's decimal places (a copy made before assessments carried them: 2).
  const d = typeof p.decimals === "number" ? p.decimals : 2;
  const latest = when(p.latest.period, p.latest.year, lang);
  const rows = [
    [vi ? `Cơ sở ${when(p.baselinePeriod, p.baselineYear, lang)}` : `Baseline ${when(p.baselinePeriod, p.baselineYear, lang)}`, n(p.baseline, lang, d)],
    [vi ? `Mục tiêu ${when(p.targetPeriod, p.targetYear, lang)}` : `Target ${when(p.targetPeriod, p.targetYear, lang)}`, n(p.target, lang, d)],
    [vi ? `Thực tế ${latest}` : `Observed ${latest}`, n(p.latest.value, lang, d)],
    [vi ? `Theo lộ trình ${latest}` : `On the line for ${latest}`, n(p.expected, lang, d)],
  ];
  const g = p.granularity;
  if (g !== undefined && p.observedPeriodChange !== undefined && p.requiredPeriodChange !== undefined) {
    rows.push(
      [vi ? `Thay đổi thực tế/${PER.vi[g]}` : `Observed change per ${PER.en[g]}`, signed(p.observedPeriodChange, lang, d + 2)],
      [vi ? `Thay đổi cần thiết/${PER.vi[g]}` : `Required change per ${PER.en[g]}`, signed(p.requiredPeriodChange, lang, d + 2)],
    );
  }
  rows.push(
    [vi ? "Thay đổi thực tế/năm" : "Observed change per year", signed(p.observedAnnualChange, lang, d + 2)],
    [vi ? "Thay đổi cần thiết/năm" : "Required change per year", signed(p.requiredAnnualChange, lang, d + 2)],
  );
  return (
    [
      `**${vi ? "Đánh giá tiến độ" : "Progress"}${p.label ? `: ${p.label}` : ""} — ${STATUS[lang][p.status]}**`,
      markdownTable([vi ? "Mục" : "Item", vi ? "Giá trị" : "Value"], rows, ["left", "right"]),
    ].join("\n\n") + "\n"
  );
};

const progressCsv: Renderer<ProgressAssessment>["csv"] = (p, lang) => {
  const d = typeof p.decimals === "number" ? p.decimals : 2;
  const g = p.granularity;
  const perPeriod = g !== undefined && p.observedPeriodChange !== undefined && p.requiredPeriodChange !== undefined;
  const header = csvHeader(lang, [
    "label",
    "baseline_year",
    "baseline",
    "target_year",
    "target",
    "latest_year",
    "latest",
    "observed_annual_change",
    "required_annual_change",
    "ratio",
    "status",
  ]);
  const row = [
    p.label ?? "",
    when(p.baselinePeriod, p.baselineYear, lang),
    n(p.baseline, lang, d),
    when(p.targetPeriod, p.targetYear, lang),
    n(p.target, lang, d),
    when(p.latest.period, p.latest.year, lang),
    n(p.latest.value, lang, d),
    n(p.observedAnnualChange, lang, d + 2),
    n(p.requiredAnnualChange, lang, d + 2),
    p.ratio === null ? "" : n(p.ratio, lang, 4),
    lang === "vi" ? STATUS.vi[p.status] : p.status,
  ];
  if (perPeriod) {
    header.splice(9, 0, ...PERIOD_HEADERS[lang][g]);
    row.splice(9, 0, n(p.observedPeriodChange!, lang, d + 2), n(p.requiredPeriodChange!, lang, d + 2));
  }
  return { header, rows: [row] };
};

export const targetsRenderers: RendererMap = {
  allocation: { markdown: allocationMarkdown, csv: allocationCsv },
  trajectory: { markdown: trajectoryMarkdown, csv: trajectoryCsv },
  progressAssessment: { markdown: progressMarkdown, csv: progressCsv },
};

/** Their Markdown renderers alone (what `toMarkdown` and the notebook display carry). @internal */
export const targetsMarkdownRenderers: MarkdownRenderers = {
  allocation: { markdown: allocationMarkdown },
  trajectory: { markdown: trajectoryMarkdown },
  progressAssessment: { markdown: progressMarkdown },
};

/** Their CSV renderers alone (what `toCsv` carries). @internal */
export const targetsCsvRenderers: CsvRenderers = {
  allocation: { csv: allocationCsv },
  trajectory: { csv: trajectoryCsv },
  progressAssessment: { csv: progressCsv },
};

/** Charts of this module's results, by kind. @internal */
export const targetsCharts: ChartRenderers = {
  allocation: allocationChart,
  trajectory: trajectoryChart,
  progressAssessment: progressChart,
};

/** The notebook display of allocations, trajectories and progress assessments. @internal */
export function showTargets(value: unknown): Record<string, unknown> | Promise<Record<string, unknown>> {
  return jupyterBundleWith(targetsMarkdownRenderers, targetsCharts, value);
}
