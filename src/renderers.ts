/**
 * The generic renderers over every result kind of every domain: Markdown, CSV, Vega-Lite charts
 * and Jupyter MIME bundles, in Vietnamese or English. A page that needs one domain's results
 * imports that domain's entry (`pgi-kit/plan`, …) and pays for its renderers only.
 * @module
 */
import type { VegaLiteSpec } from "./render/chart";
import {
  chartWith,
  csvWith,
  markdownWith,
  mimeBundleWith,
  type MarkdownOptions,
  type MimeBundle,
  type MimeBundleOptions,
  type ToCsvOptions,
  type VegaLiteOptions,
} from "./render/dispatch";
import type { ChartRenderers, CsvRenderers, MarkdownRenderers, Revivers } from "./render/types";
import { scoreCardCharts, scoreCardCsvRenderers, scoreCardMarkdownRenderers } from "./scorecard/render";
import { scoreCardRevivers } from "./scorecard/revivers";
import { planCharts, planCsvRenderers, planMarkdownRenderers } from "./plan/render";
import { planRevivers } from "./plan/revivers";
import { tableRenderers, tableCharts } from "./table/render";
import { tableRevivers } from "./table/revivers";
import { targetsCharts, targetsCsvRenderers, targetsMarkdownRenderers } from "./targets/render";
import { targetsRevivers } from "./targets/revivers";
import { scoringRenderers, scoringCharts } from "./scoring/render";
import { scoringRevivers } from "./scoring/revivers";
import { surveyRenderers } from "./survey/render";
import { extractRenderers } from "./extract/render";
import { checklistCharts, checklistCsvRenderers, checklistMarkdownRenderers } from "./checklist/render";
import { analysisRenderers } from "./analysis/render";
import { uncertaintyRenderers } from "./uncertainty/render";
import { uncertaintyCharts } from "./uncertainty/chart";
import { correlationChart } from "./analysis/chart";

// Every domain's renderers by result kind — Markdown, CSV, charts and revivers — gathered on
// first use (a bundle importing toMarkdown carries no chart, nor the CSV of score cards, plans, targets
// and checklists).
let markdown: MarkdownRenderers | undefined;
let csv: CsvRenderers | undefined;
let charts: ChartRenderers | undefined;
let revivers: Revivers | undefined;
/** The renderers of the domains that give Markdown and CSV in one map. */
const OTHERS = () => ({ ...tableRenderers, ...scoringRenderers, ...surveyRenderers, ...extractRenderers, ...analysisRenderers, ...uncertaintyRenderers });
const MARKDOWN = (): MarkdownRenderers =>
  (markdown ??= { ...scoreCardMarkdownRenderers, ...planMarkdownRenderers, ...targetsMarkdownRenderers, ...checklistMarkdownRenderers, ...OTHERS() });
const CSV = (): CsvRenderers => (csv ??= { ...scoreCardCsvRenderers, ...planCsvRenderers, ...targetsCsvRenderers, ...checklistCsvRenderers, ...OTHERS() });
const CHARTS = (): ChartRenderers =>
  (charts ??= {
    ...scoreCardCharts,
    ...planCharts,
    ...tableCharts,
    ...targetsCharts,
    ...scoringCharts,
    ...checklistCharts,
    ...(uncertaintyCharts as unknown as ChartRenderers),
    correlations: correlationChart as unknown as ChartRenderers[string],
  });
const REVIVERS = (): Revivers => (revivers ??= { ...scoreCardRevivers, ...planRevivers, ...tableRevivers, ...targetsRevivers, ...scoringRevivers });

/**
 * Render a pgi-kit result (score card, plan, findings, gap report, ranking, …) as Markdown that
 * reads well pasted into a report. Names and headings in `vi` (default) or `en`; numbers in that
 * locale's format with their declared decimals.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for anything that is not a pgi-kit result.
 *
 * @example
 * ```ts
 * toMarkdown(publishedScoreCard("Lạng Sơn", 2023), { lang: "en" }).split("\n")[0];
 * // "**Lạng Sơn — PGI 2023**"
 * ```
 */
export function toMarkdown(value: unknown, options: MarkdownOptions = {}): string {
  return markdownWith(MARKDOWN(), REVIVERS(), value, options);
}

/**
 * Render a pgi-kit result as CSV: UTF-8, a header row, RFC 4180 quoting (so `6,58` in Vietnamese
 * is quoted), CRLF line ends; `bom: true` adds a byte-order mark for Excel, `delimiter: ";"` suits
 * spreadsheets set to Vietnamese.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for anything that is not a pgi-kit result.
 *
 * @example
 * ```ts
 * toCsv(publishedScoreCard("Lạng Sơn", 2023), { lang: "en" }).split("\r\n")[1];
 * // "Lạng Sơn,2023,pollution,Minimizing the risk of climate hazards to firms,4.84"
 * ```
 */
export function toCsv(value: unknown, options: ToCsvOptions = {}): string {
  return csvWith(CSV(), REVIVERS(), value, options);
}

/**
 * A Vega-Lite (v5) chart of a pgi-kit result, data inline, titles and labels in `vi` (default) or
 * `en`, numbers in that language's format (`config.locale`):
 *
 * - `scoreCard`: bars of the sub-index scores;
 * - `plan`: baseline and target per sub-index; `gapReport`: baseline, target and result;
 *   `yearOverYear`: previous and current;
 * - `ranking` and `scoring`: sorted bars (`highlight` marks one unit);
 * - `allocation`: the baseline stacked with the allocated increase;
 * - `trajectory`: the milestones as a line; `progressAssessment`: the straight line from baseline
 *   to target with the observed value;
 * - `checklistAssessment`: per level, criteria met and not met (stacked); `checklistSummary`: per
 *   level, units that reached the level they aimed for and those that did not.
 *
 * Render with vega-embed in a page or notebook (Observable, Deno Jupyter), or Vega's `View.toSVG()`.
 * Unlike other results the spec is a fresh, **mutable** object on every call: Vega annotates
 * the data values of a spec in place, and a frozen spec would make it throw. A copy of a result
 * (JSON, spread) is checked before it is drawn: a tampered copy is refused, never drawn with
 * missing values.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for a result kind without a chart (use `toMarkdown`),
 * and for a copy that is not as pgi-kit built it.
 *
 * @example
 * ```ts
 * const spec = toVegaLite(publishedScoreCard("Lạng Sơn", 2023), { lang: "en" });
 * spec.title;               // "Lạng Sơn — PGI 2023"
 * spec.data.values[0];      // { name: "Minimizing the risk of climate hazards to firms", value: 4.84 }
 * ```
 */
export function toVegaLite(value: unknown, options: VegaLiteOptions = {}): VegaLiteSpec {
  return chartWith(CHARTS(), REVIVERS(), value, options);
}

/**
 * A result (or an array of findings) as a Jupyter MIME bundle: `text/markdown` (the table of
 * {@link toMarkdown}), `application/vnd.vegalite.v5+json` (the chart of {@link toVegaLite}) where
 * the result has one, and `text/plain`. Results display themselves in Deno's Jupyter kernel in
 * Vietnamese; for English, display this bundle:
 * `Deno.jupyter.display(toMimeBundle(gap, { lang: "en" }), { raw: true })`.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for anything that is not a pgi-kit result.
 *
 * @example
 * ```ts
 * const bundle = toMimeBundle(publishedScoreCard("Lạng Sơn", 2023), { lang: "en" });
 * Object.keys(bundle);                 // ["text/markdown", "application/vnd.vegalite.v5+json", "text/plain"]
 * bundle["text/markdown"].split("\n")[0]; // "**Lạng Sơn — PGI 2023**"
 * ```
 */
export function toMimeBundle(value: unknown, options: MimeBundleOptions = {}): MimeBundle {
  return mimeBundleWith(MARKDOWN(), CHARTS(), REVIVERS(), value, options);
}
