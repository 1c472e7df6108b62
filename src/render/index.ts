/**
 * Generic renderers: any pgi-kit result (and arrays of findings) to Markdown or CSV, in
 * Vietnamese or English.
 * @module
 */
import { kindOf } from "../revive";
import { checkLang, type Lang } from "../decimal";
import { describe, optionsOf, PgiError } from "../errors";
import { guarded, renderable } from "./check";
import type { Framework } from "../framework/types";
import { analysisRenderers } from "../analysis/render";
import { checklistRenderers } from "../checklist/render";
import { extractRenderers } from "../extract/render";
import { planRenderers } from "../plan/render";
import { scoringRenderers } from "../scoring/render";
import { tableRenderers } from "../table/render";
import { targetsRenderers } from "../targets/render";
import { coreRenderers, findingsRenderer } from "./core";
import { csvText, markdownTable, type CsvOptions } from "./primitives";
import type { Renderer, RendererMap } from "./types";

let registry: RendererMap | undefined;
/** Every renderer by result kind, gathered on first use. */
function renderers(): RendererMap {
  return (registry ??= { ...coreRenderers, ...planRenderers, ...tableRenderers, ...targetsRenderers, ...scoringRenderers, ...extractRenderers, ...checklistRenderers, ...analysisRenderers });
}

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /** Language of headings, names and numbers. Default `vi`. */
  readonly lang?: Lang;
  /** The framework of a result of your own framework, so its components are named (PGI is known). */
  readonly framework?: Framework;
}

/** Options of {@link toCsv}. */
export interface ToCsvOptions extends CsvOptions {
  /** Language of headings, names and numbers (`vi`: decimal comma). Default `vi`. */
  readonly lang?: Lang;
  /** The framework of a result of your own framework, so its components are named (PGI is known). */
  readonly framework?: Framework;
}

function rendererFor(value: unknown): Renderer<unknown> {
  if (Array.isArray(value)) return findingsRenderer as Renderer<unknown>;
  const kind = kindOf(value);
  const REGISTRY = renderers();
  if (typeof kind === "string" && Object.prototype.hasOwnProperty.call(REGISTRY, kind)) {
    return REGISTRY[kind] as Renderer<unknown>;
  }
  throw new PgiError(
    "INVALID_INPUT",
    `cannot render ${describe(value)}${typeof kind === "string" ? ` of kind "${kind}"` : ""}; pass a pgi-kit result (a score card, plan, gap report, ranking, checklist assessment… — ${Object.keys(REGISTRY).length} kinds) or an array of findings`,
    [],
  );
}

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
  const o = optionsOf<MarkdownOptions>(options, ["lang", "framework"]);
  const lang = checkLang(o.lang, ["options", "lang"]);
  const r = renderable(value, o.framework);
  const renderer = rendererFor(r.value);
  return guarded(r.value, () => renderer.markdown(r.value, lang, r.framework));
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
  const o = optionsOf<ToCsvOptions>(options, ["lang", "framework", "delimiter", "bom"]);
  const lang = checkLang(o.lang, ["options", "lang"]);
  if (o.delimiter !== undefined && o.delimiter !== "," && o.delimiter !== ";" && o.delimiter !== "\t") {
    throw new PgiError("INVALID_INPUT", `delimiter must be ",", ";" or a tab, got ${describe(o.delimiter)}`, ["options", "delimiter"]);
  }
  if (o.bom !== undefined && typeof o.bom !== "boolean") {
    throw new PgiError("INVALID_INPUT", `bom must be true or false, got ${describe(o.bom)}`, ["options", "bom"]);
  }
  const r = renderable(value, o.framework);
  const renderer = rendererFor(r.value);
  return guarded(r.value, () => {
    const table = renderer.csv(r.value, lang, r.framework);
    return csvText(table.header, table.rows, o);
  });
}

export { markdownTable };
