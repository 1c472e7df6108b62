/**
 * Charts of checklist assessments and summaries: stacked bars per level.
 * @internal
 * @module
 */
import { base } from "../render/chart";
import type { ChartContext, ChartSpec } from "../render/types";
import type { ChecklistAssessment, ChecklistSummary } from "./assess";

/** Stacked bars per level: criteria met / not met (one unit), or units reached / not reached (many). */
export function checklistChart(v: ChecklistAssessment | ChecklistSummary, { lang, width }: ChartContext): ChartSpec {
  const vi = lang === "vi";
  const [yes, no] =
    v.kind === "checklistAssessment"
      ? vi
        ? ["Tiêu chí đạt", "Tiêu chí chưa đạt"]
        : ["Criteria met", "Criteria not met"]
      : vi
        ? ["Đạt mục tiêu", "Chưa đạt mục tiêu"]
        : ["Reached target", "Target not reached"];
  const values =
    v.kind === "checklistAssessment"
      ? v.levels.flatMap((l) => [
          { level: l.name[lang], series: yes, value: l.met, order: 0 },
          { level: l.name[lang], series: no, value: l.total - l.met, order: 1 },
        ])
      : v.levels
          .filter((l) => l.targeted > 0)
          .flatMap((l) => [
            { level: l.name[lang], series: yes, value: l.reached, order: 0 },
            { level: l.name[lang], series: no, value: l.targeted - l.reached, order: 1 },
          ]);
  const title =
    v.kind === "checklistAssessment" ? `${v.unit} — ${v.checklistName[lang]}` : `${v.checklistName[lang]} — ${v.units.length} ${vi ? "đơn vị" : "units"}`;
  return {
    ...base(lang, width, title),
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "level", type: "nominal", title: null, sort: null },
      x: {
        field: "value",
        type: "quantitative",
        stack: "zero",
        title: v.kind === "checklistAssessment" ? (vi ? "Số tiêu chí" : "Criteria") : vi ? "Số đơn vị" : "Units",
        axis: { format: "d", tickMinStep: 1 },
      },
      color: {
        field: "series",
        type: "nominal",
        title: null,
        sort: [yes, no],
        scale: { domain: [yes, no], range: ["#31a354", "#de2d26"] },
        legend: { orient: "bottom" },
      },
      order: { field: "order" },
    },
  };
}
