/**
 * Score cards as Markdown, CSV and a chart; the renderers every domain entry carries (plans, gap
 * reports and allocations start from cards).
 * @internal
 * @module
 */
import { formatNumber } from "../decimal";
import { pgiEdition } from "../framework/pgi";
import type { Framework } from "../framework/types";
import { barsWithValues, base, nameAxis, SCORE_AXIS, SERIES } from "../render/chart";
import { jupyterBundleWith } from "../render/dispatch";
import { findingsMarkdown } from "../render/findings";
import { compositeLabel, componentLabel, csvHeader, nameOf } from "../render/labels";
import { markdownTable } from "../render/primitives";
import type { ChartContext, ChartRenderers, ChartSpec, CsvRenderers, MarkdownRenderers, Renderer, RendererMap } from "../render/types";
import type { ScoreCard } from "./scorecard";

/** The framework a rendered card refers to: the one given when its id matches, else the PGI edition. */
export function frameworkOf(id: string, edition: number | null, given?: Framework): Framework | null {
  if (given && given.id === id) return given;
  if (id === "pgi" && edition !== null) {
    try {
      return pgiEdition(edition);
    } catch {
      return null;
    }
  }
  return null;
}

/** A score card: bars of its sub-index scores. @internal */
export function scoreCardChart(c: ScoreCard, { lang, width, framework }: ChartContext): ChartSpec {
  const s = SERIES[lang];
  const title = c.framework === "pgi" ? `${c.unit} — PGI ${c.year}` : `${c.unit} — ${c.year}`;
  return {
    ...base(lang, width, title),
    height: 40 * Object.keys(c.scores).length,
    data: { values: Object.entries(c.scores).map(([id, v]) => ({ name: nameOf(c.framework, id, lang, framework), value: v })) },
    ...barsWithValues(
      {
        y: {
          field: "name",
          type: "nominal",
          title: null,
          sort: null,
          ...nameAxis(Object.keys(c.scores).map((id) => nameOf(c.framework, id, lang, framework))),
        },
        x: { field: "value", type: "quantitative", title: s.score, scale: { domain: [0, 10] }, axis: SCORE_AXIS },
        tooltip: [
          { field: "name", type: "nominal", title: lang === "vi" ? "Chỉ số" : "Index" },
          { field: "value", type: "quantitative", title: s.score, format: ".2f" },
        ],
      },
      "value",
    ),
  };
}

const scoreCardMarkdown: Renderer<ScoreCard>["markdown"] = (card, lang, given) => {
  const fw = frameworkOf(card.framework, card.edition, given);
  const label = (id: string): string => (fw ? componentLabel(fw, id, lang) : id);
  const rows = Object.entries(card.scores).map(([id, v]) => [label(id), formatNumber(v, { lang })]);
  rows.push([fw ? compositeLabel(fw, lang) : lang === "vi" ? "Điểm tổng hợp" : "Composite", formatNumber(card.composite, { lang })]);
  if (card.rank !== null) rows.push([lang === "vi" ? "Xếp hạng" : "Rank", String(card.rank)]);
  const title = `**${card.unit} — ${fw ? fw.shortName[lang] : `${card.framework} ${card.year}`}**`;
  const parts = [title, markdownTable([lang === "vi" ? "Chỉ số thành phần" : "Sub-index", lang === "vi" ? "Điểm" : "Score"], rows, ["left", "right"])];
  const f = findingsMarkdown(card.findings, lang);
  if (f) parts.push(f);
  if (card.source) parts.push(`${lang === "vi" ? "Nguồn" : "Source"}: ${card.source}`);
  return parts.join("\n\n") + "\n";
};

const scoreCardCsv: Renderer<ScoreCard>["csv"] = (card, lang, given) => {
  const fw = frameworkOf(card.framework, card.edition, given);
  const rows = Object.entries(card.scores).map(([id, v]) => [
    card.unit,
    String(card.year),
    id,
    fw ? componentLabel(fw, id, lang) : id,
    formatNumber(v, { lang }),
  ]);
  rows.push([card.unit, String(card.year), "composite", fw ? compositeLabel(fw, lang) : "composite", formatNumber(card.composite, { lang })]);
  return {
    header: csvHeader(lang, ["unit", "year", "id", "name", "score"]),
    rows,
  };
};

/** Renderers of score cards: Markdown and CSV. @internal */
export const scoreCardRenderers: RendererMap = { scoreCard: { markdown: scoreCardMarkdown, csv: scoreCardCsv } };
/** The Markdown renderer of score cards alone (what `toMarkdown` and the notebook display carry). @internal */
export const scoreCardMarkdownRenderers: MarkdownRenderers = { scoreCard: { markdown: scoreCardMarkdown } };
/** The CSV renderer of score cards alone. @internal */
export const scoreCardCsvRenderers: CsvRenderers = { scoreCard: { csv: scoreCardCsv } };
/** Charts of score cards. @internal */
export const scoreCardCharts: ChartRenderers = { scoreCard: scoreCardChart };

/** A score card's notebook display. @internal */
export function showScoreCard(value: unknown): Record<string, unknown> | Promise<Record<string, unknown>> {
  return jupyterBundleWith(scoreCardMarkdownRenderers, scoreCardCharts, value);
}
