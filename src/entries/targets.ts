/**
 * `pgi-kit/targets`: target allocation, trajectories and progress assessment, with `toMarkdown`, `toCsv`, `toVegaLite` and `toMimeBundle` for
 * the results of target allocation, trajectories and progress assessment, score cards and lists of findings (and their JSON copies). A page that imports from here pays for these renderers
 * only; the main entry `pgi-kit` renders every kind.
 * @packageDocumentation
 */
import type { VegaLiteSpec } from "../render/chart";
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
} from "../render/dispatch";
import type { ChartRenderers, CsvRenderers, MarkdownRenderers, Revivers } from "../render/types";
import { scoreCardCharts, scoreCardCsvRenderers, scoreCardMarkdownRenderers } from "../scorecard/render";
import { scoreCardRevivers } from "../scorecard/revivers";
import { targetsCharts, targetsCsvRenderers, targetsMarkdownRenderers } from "../targets/render";
import { targetsRevivers } from "../targets/revivers";

export * from "./common";
export * from "../targets/index";

// This entry's renderers by result kind — Markdown, CSV, charts and revivers, each gathered on
// first use, so a page that renders Markdown carries neither the CSV renderers nor the charts.
let markdown: MarkdownRenderers | undefined;
let csv: CsvRenderers | undefined;
let charts: ChartRenderers | undefined;
let revivers: Revivers | undefined;
const MARKDOWN = (): MarkdownRenderers => (markdown ??= { ...scoreCardMarkdownRenderers, ...targetsMarkdownRenderers });
const CSV = (): CsvRenderers => (csv ??= { ...scoreCardCsvRenderers, ...targetsCsvRenderers });
const CHARTS = (): ChartRenderers => (charts ??= { ...scoreCardCharts, ...targetsCharts });
const REVIVERS = (): Revivers => (revivers ??= { ...scoreCardRevivers, ...targetsRevivers });

/**
 * Markdown of the results of target allocation, trajectories and progress assessment, score cards and lists of findings, as `toMarkdown` of the main entry renders it.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for anything else.
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
 * CSV of the results of target allocation, trajectories and progress assessment, score cards and lists of findings, as `toCsv` of the main entry renders it.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for anything else.
 *
 * @example
 * ```ts
 * toCsv(publishedScoreCard("Lạng Sơn", 2023), { lang: "en" }).split("\r\n")[0];
 * // "unit,year,id,name,score"
 * ```
 */
export function toCsv(value: unknown, options: ToCsvOptions = {}): string {
  return csvWith(CSV(), REVIVERS(), value, options);
}

/**
 * A Vega-Lite chart of the results of target allocation, trajectories and progress assessment, score cards and lists of findings (the kinds that have one), as `toVegaLite` of the main entry
 * draws it.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for a kind without a chart, or anything else.
 *
 * @example
 * ```ts
 * toVegaLite(publishedScoreCard("Lạng Sơn", 2023), { lang: "en" }).title; // "Lạng Sơn — PGI 2023"
 * ```
 */
export function toVegaLite(value: unknown, options: VegaLiteOptions = {}): VegaLiteSpec {
  return chartWith(CHARTS(), REVIVERS(), value, options);
}

/**
 * A Jupyter MIME bundle (Markdown, chart, plain text) of the results of target allocation, trajectories and progress assessment, score cards and lists of findings, as `toMimeBundle` of the
 * main entry builds it.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for anything else.
 *
 * @example
 * ```ts
 * Object.keys(toMimeBundle(publishedScoreCard("Lạng Sơn", 2023))); // ["text/markdown", "application/vnd.vegalite.v5+json", "text/plain"]
 * ```
 */
export function toMimeBundle(value: unknown, options: MimeBundleOptions = {}): MimeBundle {
  return mimeBundleWith(MARKDOWN(), CHARTS(), REVIVERS(), value, options);
}
