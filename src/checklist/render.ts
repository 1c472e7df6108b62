/**
 * Renderers for checklists, checklist assessments and summaries of many units, by their `kind`.
 * @internal
 * @module
 */
import type { Lang } from "../decimal";
import { markdownTable } from "../render/primitives";
import type { ChartRenderers, CsvRenderers, MarkdownRenderers, Renderer, RendererMap } from "../render/types";
import { exactText, metText, thresholdText, withUnit } from "../render/units";
import type { ChecklistAssessment, ChecklistSummary, IndicatorResult } from "./assess";
import type { Checklist, ThresholdRule } from "./define";
import { jupyterBundleWith } from "../render/dispatch";
import { checklistChart } from "./chart";

const T = {
  vi: {
    level: "Mức",
    criterion: "Tiêu chí",
    indicator: "Chỉ tiêu",
    threshold: "Ngưỡng",
    value: "Giá trị",
    gap: "Còn thiếu",
    result: "Kết quả",
    met: "Tiêu chí đạt",
    reached: "Đạt mức",
    highest: "Mức cao nhất đã đạt",
    none: "chưa đạt mức nào",
    next: "Mức tiếp theo",
    missing: "còn thiếu",
    nothing: "không còn thiếu tiêu chí nào",
    region: "vùng",
    at: "Đánh giá theo ngưỡng của mức",
    target: "Mục tiêu",
    targeted: "Đăng ký",
    reachedN: "Đạt",
    rate: "Tỷ lệ",
    notReached: "Chưa đạt",
    atOrAbove: "Số đơn vị đạt mức này trở lên",
    unit: "Đơn vị",
    failingUnits: "Đơn vị chưa đạt",
    summary: "tổng hợp",
    units: "đơn vị",
    requiredFor: "Bắt buộc cho",
    missingValue: "chưa có số liệu",
    notRequired: "không bắt buộc ở mức này",
    missingHeader: "Tiêu chí còn thiếu",
  },
  en: {
    level: "Level",
    criterion: "Criterion",
    indicator: "Indicator",
    threshold: "Threshold",
    value: "Value",
    gap: "Gap",
    result: "Result",
    met: "Criteria met",
    reached: "Reached",
    highest: "Highest level reached",
    none: "no level reached",
    next: "Next level",
    missing: "missing",
    nothing: "no criterion missing",
    region: "region",
    at: "Assessed at the thresholds of",
    target: "Target",
    targeted: "Aiming",
    reachedN: "Reached",
    rate: "Rate",
    notReached: "Not reached",
    atOrAbove: "Units at this level or above",
    unit: "Unit",
    failingUnits: "Units still failing",
    summary: "summary",
    units: "units",
    requiredFor: "Required for",
    missingValue: "no data",
    notRequired: "not required at this level",
    missingHeader: "Criteria missing",
  },
} as const;

/**
 * A yes/no value as offices write it, the same words as the results: vi "đạt" / "chưa đạt"
 * (a value typed "Chưa đạt" comes back "chưa đạt"), en "yes" / "no".
 */
const doneText = (value: boolean, lang: Lang): string => (lang === "vi" ? (value ? "đạt" : "chưa đạt") : value ? "yes" : "no");

/** A comparison in a Vietnamese table ("≥", "≤", "đạt"); the id (`atLeast`…) in English, machine-readable CSV. */
const opText = (op: "atLeast" | "atMost" | "yes", lang: Lang): string => (lang === "en" ? op : op === "atLeast" ? "≥" : op === "atMost" ? "≤" : "=");

/** A region's name in Vietnamese output, its id in English CSV. */
const regionText = (regions: readonly { id: string; name: { vi: string; en: string } }[], id: string | null, lang: Lang, csv = false): string =>
  id === null ? "" : csv && lang === "en" ? id : (regions.find((r) => r.id === id)?.name[lang] ?? id);

/** A level's name in Vietnamese output, its id in English CSV. */
const levelText = (levels: readonly { id: string; name: { vi: string; en: string } }[], id: string | null, lang: Lang): string =>
  id === null ? "" : lang === "en" ? id : (levels.find((l) => l.id === id)?.name.vi ?? id);

const levelName = (levels: readonly { id: string; name: { vi: string; en: string } }[], id: string | null, lang: Lang): string =>
  id === null ? "" : (levels.find((l) => l.id === id)?.name[lang] ?? id);

function valueText(i: IndicatorResult, lang: Lang): string {
  if (i.value === null) return T[lang].missingValue;
  if (typeof i.value === "boolean") return doneText(i.value, lang);
  return withUnit(exactText(i.value, lang), i.unit[lang]);
}

function ruleText(rule: ThresholdRule, unit: string, lang: Lang, regions: Checklist["regions"]): string {
  const parts: string[] = [];
  if (rule.value !== null) parts.push(thresholdText(rule.op, rule.value, unit, lang));
  for (const [r, v] of Object.entries(rule.byRegion)) {
    parts.push(`${regions.find((x) => x.id === r)?.name[lang] ?? r}: ${thresholdText(rule.op, v, unit, lang)}`);
  }
  return parts.join("; ");
}

const checklistMarkdown: Renderer<Checklist>["markdown"] = (c, lang) => {
  const t = T[lang];
  const header = [t.criterion, t.indicator, ...c.levels.map((l) => l.name[lang])];
  const rows = c.criteria.flatMap((cr) =>
    cr.indicators.map((ind, i) => [
      i === 0 ? `${cr.id} ${cr.name[lang]}` : "",
      `${ind.id} ${ind.name[lang]}`,
      ...c.levels.map((l) => (ind.threshold[l.id] ? ruleText(ind.threshold[l.id]!, ind.unit[lang], lang, c.regions) : "—")),
    ]),
  );
  const source = c.source ? `\n\n${lang === "vi" ? "Nguồn" : "Source"}: ${c.source}` : "";
  return `**${c.name[lang]}**\n\n${markdownTable(header, rows)}${source}\n`;
};

const checklistCsv: Renderer<Checklist>["csv"] = (c, lang) => ({
  header:
    lang === "vi"
      ? ["Mã tiêu chí", "Tiêu chí", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Mức", "So sánh", "Ngưỡng", "Vùng"]
      : ["criterion_id", "criterion", "indicator_id", "indicator", "unit", "level", "rule", "threshold", "region"],
  rows: c.criteria.flatMap((cr) =>
    cr.indicators.flatMap((ind) =>
      cr.levels.flatMap((l) => {
        const rule = ind.threshold[l]!;
        const cell = (v: number | boolean): string => (typeof v === "boolean" ? doneText(v, lang) : exactText(v, lang));
        const base = [cr.id, cr.name[lang], ind.id, ind.name[lang], ind.unit[lang], levelText(c.levels, l, lang), opText(rule.op, lang)];
        return [
          ...(rule.value === null ? [] : [[...base, cell(rule.value), ""]]),
          ...Object.entries(rule.byRegion).map(([r, v]) => [...base, cell(v), regionText(c.regions, r, lang, true)]),
        ];
      }),
    ),
  ),
});

function indicatorRows(a: ChecklistAssessment, lang: Lang): string[][] {
  const t = T[lang];
  return a.criteria.flatMap((cr) =>
    cr.indicators.map((i, k) => [
      k === 0 ? `${cr.id} ${cr.name[lang]}${cr.required ? "" : ` (${t.notRequired})`}` : "",
      `${i.id} ${i.name[lang]}`,
      thresholdText(i.threshold.op, i.threshold.value, i.unit[lang], lang),
      valueText(i, lang),
      i.gap === null || i.gap === 0 ? "" : withUnit(exactText(i.gap, lang), i.unit[lang]),
      metText(i.met, lang),
    ]),
  );
}

const assessmentMarkdown: Renderer<ChecklistAssessment>["markdown"] = (a, lang) => {
  const t = T[lang];
  const title = `**${a.unit} — ${a.checklistName[lang]}**${a.regionName ? ` (${t.region}: ${a.regionName[lang]})` : ""}`;
  const levels = markdownTable(
    [t.level, t.met, t.reached],
    a.levels.map((l) => [l.name[lang], l.count, metText(l.reached, lang)]),
    ["left", "right", "left"],
  );
  const lines = [`${t.highest}: ${a.highestLevel ? levelName(a.levels, a.highestLevel, lang) : t.none}.`];
  if (a.nextLevel) {
    lines.push(
      `${t.next}: ${levelName(a.levels, a.nextLevel, lang)} — ${a.missingForNext.length ? `${t.missing}: ${a.missingForNext.join(", ")}` : t.nothing}.`,
    );
  }
  if (a.target) {
    lines.push(
      `${t.target}: ${levelName(a.levels, a.target.level, lang)} — ${metText(a.target.reached, lang)} (${a.target.count})${a.target.missing.length ? `; ${t.missing}: ${a.target.missing.join(", ")}` : ""}.`,
    );
  }
  const table = markdownTable([t.criterion, t.indicator, t.threshold, t.value, t.gap, t.result], indicatorRows(a, lang), [
    "left",
    "left",
    "right",
    "right",
    "right",
    "left",
  ]);
  return `${title}\n\n${levels}\n\n${lines.join("\n")}\n\n${t.at}: ${levelName(a.levels, a.at, lang)}\n\n${table}\n`;
};

const assessmentCsv: Renderer<ChecklistAssessment>["csv"] = (a, lang) => ({
  header:
    lang === "vi"
      ? [
          "Đơn vị",
          "Vùng",
          "Mức",
          "Mã tiêu chí",
          "Tiêu chí",
          "Tiêu chí đạt",
          "Mã chỉ tiêu",
          "Chỉ tiêu",
          "Đơn vị tính",
          "So sánh",
          "Ngưỡng",
          "Giá trị",
          "Còn thiếu",
          "Kết quả",
        ]
      : [
          "unit",
          "region",
          "level",
          "criterion_id",
          "criterion",
          "criterion_met",
          "indicator_id",
          "indicator",
          "unit_of_measure",
          "rule",
          "threshold",
          "value",
          "gap",
          "result",
        ],
  rows: a.criteria.flatMap((cr) =>
    cr.indicators.map((i) => [
      a.unit,
      lang === "en" ? (a.region ?? "") : (a.regionName?.vi ?? ""),
      levelText(a.levels, cr.level, lang),
      cr.id,
      cr.name[lang],
      metText(cr.met, lang),
      i.id,
      i.name[lang],
      i.unit[lang],
      opText(i.threshold.op, lang),
      typeof i.threshold.value === "boolean" ? doneText(i.threshold.value, lang) : exactText(i.threshold.value, lang),
      i.value === null ? "" : typeof i.value === "boolean" ? doneText(i.value, lang) : exactText(i.value, lang),
      i.gap === null ? "" : exactText(i.gap, lang),
      i.status === "missing" ? T[lang].missingValue : metText(i.met, lang),
    ]),
  ),
});

const summaryMarkdown: Renderer<ChecklistSummary>["markdown"] = (s, lang) => {
  const t = T[lang];
  const title = `**${s.checklistName[lang]} — ${t.summary} ${s.units.length} ${t.units}**`;
  const levels = markdownTable(
    [t.level, t.targeted, t.reachedN, t.rate, t.notReached, t.atOrAbove],
    s.levels.map((l) => [l.name[lang], String(l.targeted), String(l.reached), l.count, l.notReached.join(", "), String(l.atOrAbove)]),
    ["left", "right", "right", "right", "left", "right"],
  );
  const criteria = markdownTable(
    [t.criterion, t.failingUnits],
    s.criteria.map((c) => [`${c.id} ${c.name[lang]}`, c.failing.join(", ")]),
  );
  const units = markdownTable(
    [t.unit, t.target, t.highest, t.met, t.missingHeader],
    s.units.map((u) => [
      u.unit,
      u.target ? `${levelName(s.levels, u.target, lang)} (${metText(u.reachedTarget === true, lang)})` : "—",
      u.highestLevel ? levelName(s.levels, u.highestLevel, lang) : "—",
      u.count,
      u.missing.join(", "),
    ]),
  );
  return `${title}\n\n${levels}\n\n${criteria}\n\n${units}\n`;
};

const summaryCsv: Renderer<ChecklistSummary>["csv"] = (s, lang) => ({
  header:
    lang === "vi"
      ? ["Đơn vị", "Vùng", "Mục tiêu", "Đạt mục tiêu", "Mức cao nhất đã đạt", "Tiêu chí đạt", "Tiêu chí còn thiếu"]
      : ["unit", "region", "target", "target_reached", "highest_level", "criteria_met", "criteria_missing"],
  rows: s.units.map((u) => [
    u.unit,
    lang === "en" ? (u.region ?? "") : (u.regionName?.vi ?? ""),
    levelText(s.levels, u.target, lang),
    u.reachedTarget === null ? "" : metText(u.reachedTarget, lang),
    levelText(s.levels, u.highestLevel, lang),
    u.count,
    u.missing.join("; "),
  ]),
});

/** Renderers of this module, by result kind. */
export const checklistRenderers: RendererMap = {
  checklist: { markdown: checklistMarkdown, csv: checklistCsv },
  checklistAssessment: { markdown: assessmentMarkdown, csv: assessmentCsv },
  checklistSummary: { markdown: summaryMarkdown, csv: summaryCsv },
};

/** Their Markdown renderers alone (what `toMarkdown` and the notebook display carry). @internal */
export const checklistMarkdownRenderers: MarkdownRenderers = {
  checklist: { markdown: checklistMarkdown },
  checklistAssessment: { markdown: assessmentMarkdown },
  checklistSummary: { markdown: summaryMarkdown },
};

/** Their CSV renderers alone (what `toCsv` carries). @internal */
export const checklistCsvRenderers: CsvRenderers = {
  checklist: { csv: checklistCsv },
  checklistAssessment: { csv: assessmentCsv },
  checklistSummary: { csv: summaryCsv },
};

/** Charts of this module's results, by kind. @internal */
export const checklistCharts: ChartRenderers = {
  checklistAssessment: checklistChart,
  checklistSummary: checklistChart,
};

/** The notebook display of checklists, assessments and summaries. @internal */
export function showChecklist(value: unknown): Record<string, unknown> | Promise<Record<string, unknown>> {
  return jupyterBundleWith(checklistMarkdownRenderers, checklistCharts, value);
}
