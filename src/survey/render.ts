/**
 * Survey aggregates as Markdown and CSV, by their `kind`.
 * @internal
 * @module
 */
import { formatNumber, type Lang } from "../decimal";
import { jupyterBundleWith } from "../render/dispatch";
import { findingsMarkdown } from "../render/findings";
import { csvHeader, yesNo } from "../render/labels";
import { markdownTable } from "../render/primitives";
import type { Renderer, RendererMap } from "../render/types";
import type { SurveyAggregate } from "./aggregate";

const n = (v: number | null, lang: Lang): string => (v === null ? "—" : formatNumber(v, { lang }));

const surveyRenderer: Renderer<SurveyAggregate> = {
  markdown: (a, lang) => {
    const vi = lang === "vi";
    const header = [vi ? "Đơn vị" : "Unit", vi ? "Số phiếu" : "Responses", ...a.questions];
    const rows = a.units.map((u) => [u.unit + (u.flagged ? " ⚠" : ""), String(u.responses), ...a.questions.map((q) => n(u.indicators[q]!, lang))]);
    const f = findingsMarkdown(a.findings, lang);
    return (
      [
        `**${vi ? "Tổng hợp khảo sát" : "Survey aggregate"}**`,
        markdownTable(
          header,
          rows,
          header.map((_, i) => (i === 0 ? "left" : "right")),
        ),
        ...(f ? [f] : []),
      ].join("\n\n") + "\n"
    );
  },
  csv: (a, lang) => ({
    header: [...csvHeader(lang, ["unit", "responses", "flagged"]), ...a.questions],
    rows: a.units.map((u) => [
      u.unit,
      String(u.responses),
      yesNo(u.flagged, lang),
      ...a.questions.map((q) => (u.indicators[q] === null ? "" : n(u.indicators[q]!, lang))),
    ]),
  }),
};

/** Renderers of survey aggregates. @internal */
export const surveyRenderers: RendererMap = { surveyAggregate: surveyRenderer };

/** The notebook display of survey aggregates (a table; they have no chart). @internal */
export function showSurvey(value: unknown): Record<string, unknown> | Promise<Record<string, unknown>> {
  return jupyterBundleWith(surveyRenderers, {}, value);
}
