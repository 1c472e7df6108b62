/**
 * The renderers over a map of result kinds: Markdown, CSV, a Vega-Lite chart and a Jupyter MIME
 * bundle of any result the map knows (and of an array of findings). The main entry calls them
 * with every domain's map, a domain entry (`pgi-kit/plan`, …) with its own, and a result's
 * notebook display with the map of the domain that made it.
 * @internal
 * @module
 */
import { checkLang, type Lang } from "../decimal";
import { describe, optionsOf, PgiError, type Bilingual } from "../errors";
import type { Framework } from "../framework/types";
import { kindOf } from "../revive";
import type { VegaLiteSpec } from "./chart";
import { guarded, renderable } from "./check";
import { findingsCsvRenderer, findingsMarkdownRenderer } from "./findings";
import { csvText, type CsvOptions } from "./primitives";
import type { ChartContext, ChartRenderers, ChartSpec, CsvRenderers, MarkdownRenderers, Renderer, Revivers } from "./types";

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

/** Options of {@link toVegaLite}. */
export interface VegaLiteOptions {
  /** Language of titles, labels and number format (`vi`: decimal comma). Default `vi`. */
  readonly lang?: Lang;
  /** Chart width in pixels (default 480). */
  readonly width?: number;
  /** For rankings and scorings: a unit to highlight. */
  readonly highlight?: string;
  /** The framework of a result of your own framework, so its components are named (PGI is known). */
  readonly framework?: Framework;
  /** For scorings: `"bars"` (default, the composites) or `"stacked"` (each composite as its components stacked). */
  readonly chart?: "bars" | "stacked";
}

/** The Vega-Lite v5 MIME type that Jupyter front ends (JupyterLab, VS Code, nbviewer…) render. */
export const VEGALITE_MIME = "application/vnd.vegalite.v5+json";

/** A MIME bundle of a result, as Jupyter's `display_data` carries it. */
export interface MimeBundle {
  /** The result as Markdown (tables, findings), as {@link toMarkdown} renders it. */
  readonly "text/markdown": string;
  /** The same text, for front ends without Markdown. */
  readonly "text/plain": string;
  /** The chart, as {@link toVegaLite} makes it, for results that have one. */
  readonly "application/vnd.vegalite.v5+json"?: VegaLiteSpec;
}

/** Options of {@link toMimeBundle}. */
export interface MimeBundleOptions {
  /** Language of the table and the chart. Default `vi`. */
  readonly lang?: Lang;
  /** The framework of a result of your own framework, so its components are named. */
  readonly framework?: Framework;
}

/** The renderer of `value`'s kind in `renderers` (an array is a list of findings: `forFindings`). */
function pick<F>(renderers: Readonly<Record<string, F>>, value: unknown, forFindings: F | undefined, format: Bilingual): F {
  if (Array.isArray(value) && forFindings) return forFindings;
  const kind = Array.isArray(value) ? "findings" : kindOf(value);
  if (typeof kind === "string" && Object.hasOwn(renderers, kind)) return renderers[kind]!;
  const n = Object.keys(renderers).length;
  throw new PgiError(
    "INVALID_INPUT",
    {
      en: `cannot render ${typeof kind === "string" ? `a result of kind ${describe(kind)}` : describe(value)} as ${format.en}; pass a pgi-kit result this entry renders so (${n} kinds)${forFindings ? " or an array of findings" : ""}`,
      vi: `không thể trình bày ${typeof kind === "string" ? `kết quả loại ${describe(kind)}` : describe(value)} dưới dạng ${format.vi}; hãy truyền một kết quả của pgi-kit mà điểm nhập này trình bày được như vậy (${n} loại)${forFindings ? " hoặc một danh sách phát hiện" : ""}`,
    },
    [],
    { kind },
  );
}

/** {@link toMarkdown} over the kinds of `renderers`. @internal */
export function markdownWith(renderers: MarkdownRenderers, revivers: Revivers, value: unknown, options: MarkdownOptions = {}): string {
  const o = optionsOf<MarkdownOptions>(options, ["lang", "framework"]);
  const lang = checkLang(o.lang, ["options", "lang"]);
  return markdownOf(renderers, renderable(value, o.framework, revivers), lang);
}

/** The Markdown of a value made renderable (revived, its framework read). */
function markdownOf(renderers: MarkdownRenderers, r: { value: unknown; framework: Framework | undefined }, lang: Lang): string {
  const renderer = pick(renderers, r.value, findingsMarkdownRenderer as Pick<Renderer<unknown>, "markdown">, { en: "Markdown", vi: "Markdown" });
  return guarded(r.value, () => renderer.markdown(r.value, lang, r.framework));
}

/** {@link toCsv} over the kinds of `renderers`. @internal */
export function csvWith(renderers: CsvRenderers, revivers: Revivers, value: unknown, options: ToCsvOptions = {}): string {
  const o = optionsOf<ToCsvOptions>(options, ["lang", "framework", "delimiter", "bom"]);
  const lang = checkLang(o.lang, ["options", "lang"]);
  if (o.delimiter !== undefined && o.delimiter !== "," && o.delimiter !== ";" && o.delimiter !== "\t") {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `delimiter must be ",", ";" or a tab, got ${describe(o.delimiter)}`,
        vi: `dấu phân cách phải là ",", ";" hoặc một dấu tab, nhận được ${describe(o.delimiter)}`,
      },
      ["options", "delimiter"],
    );
  }
  if (o.bom !== undefined && typeof o.bom !== "boolean") {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `bom must be true or false, got ${describe(o.bom)}`, vi: `bom phải là true hoặc false, nhận được ${describe(o.bom)}` },
      ["options", "bom"],
    );
  }
  const r = renderable(value, o.framework, revivers);
  const renderer = pick(renderers, r.value, findingsCsvRenderer as Pick<Renderer<unknown>, "csv">, { en: "CSV", vi: "CSV" });
  return guarded(r.value, () => {
    const table = renderer.csv(r.value, lang, r.framework);
    return csvText(table.header, table.rows, o);
  });
}

/** A chart's data: every value a string, a finite number (not −0), a boolean or null. */
function chartValue(v: unknown): boolean {
  return v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v) && !Object.is(v, -0));
}

/** True when every number in a spec is finite and not −0, and no field is undefined. */
function wellFormed(v: unknown): boolean {
  if (v === undefined) return false;
  if (typeof v !== "object" || v === null) return typeof v !== "number" || chartValue(v);
  return (Array.isArray(v) ? v : Object.values(v)).every(wellFormed);
}

/** {@link toVegaLite} over the kinds of `charts`. @internal */
export function chartWith(charts: ChartRenderers, revivers: Revivers, value: unknown, options: VegaLiteOptions = {}): VegaLiteSpec {
  const o = optionsOf<VegaLiteOptions>(options, ["lang", "framework", "width", "highlight", "chart"]);
  const lang = checkLang(o.lang, ["options", "lang"]);
  const width = o.width ?? 480;
  if (typeof width !== "number" || !Number.isFinite(width) || width <= 0) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `width must be a positive number of pixels, got ${describe(width)}`, vi: `độ rộng phải là một số điểm ảnh dương, nhận được ${describe(width)}` },
      ["options", "width"],
    );
  }
  if (o.highlight !== undefined && typeof o.highlight !== "string") {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `highlight must be the name of a unit, got ${describe(o.highlight)}`, vi: `highlight phải là tên một đơn vị, nhận được ${describe(o.highlight)}` },
      ["options", "highlight"],
    );
  }
  const r = renderable(value, o.framework, revivers);
  const kind = Array.isArray(r.value) ? "findings" : kindOf(r.value);
  if (typeof kind === "string" && !Object.hasOwn(charts, kind)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `there is no chart for a result of kind ${describe(kind)}; render it with toMarkdown or toCsv`,
        vi: `kết quả loại ${describe(kind)} không có biểu đồ; hãy trình bày bằng toMarkdown hoặc toCsv`,
      },
      [],
      { kind },
    );
  }
  if (o.chart !== undefined && o.chart !== "bars" && !(o.chart === "stacked" && (kind === "scoring" || kind === "scoringColumns"))) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `chart must be "bars", or "stacked" for a scoring, got ${describe(o.chart)}`,
        vi: `chart phải là "bars", hoặc "stacked" cho kết quả chấm điểm, nhận được ${describe(o.chart, "vi")}`,
      },
      ["options", "chart"],
    );
  }
  const context = {
    lang,
    width,
    ...(o.highlight !== undefined ? { highlight: o.highlight } : {}),
    ...(r.framework ? { framework: r.framework } : {}),
    ...(o.chart !== undefined ? { chart: o.chart } : {}),
  };
  return chartOf(charts, r.value, context);
}

/**
 * The chart of a value made renderable, drawn with options already checked (a notebook display
 * draws with the defaults, so a page that displays results carries no checks of chart options).
 */
function chartOf(charts: ChartRenderers, value: unknown, context: ChartContext): VegaLiteSpec {
  const draw = pick(charts, value, undefined, { en: "a chart", vi: "biểu đồ" });
  const spec: ChartSpec = guarded(value, () => draw(value, context));
  if (!wellFormed(spec)) {
    // Only a hand-made or tampered result gets here (its figures do not add up to chart values).
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: "this result is not as pgi-kit built it: its figures give no chart values (a missing or non-finite number); pass the result as pgi-kit returned it, or its JSON copy unchanged",
        vi: "kết quả này không đúng như pgi-kit đã tạo: số liệu của nó không cho giá trị biểu đồ (thiếu một số hoặc số không hữu hạn); hãy truyền kết quả đúng như pgi-kit trả về, hoặc bản sao JSON nguyên vẹn của nó",
      },
      [],
    );
  }
  return spec as unknown as VegaLiteSpec;
}

/** {@link toMimeBundle} over the kinds of `renderers` (with the charts of `charts`). @internal */
export function mimeBundleWith(
  renderers: MarkdownRenderers,
  charts: ChartRenderers,
  revivers: Revivers,
  value: unknown,
  options: MimeBundleOptions = {},
): MimeBundle {
  const o = optionsOf<MimeBundleOptions>(options, ["lang", "framework"]);
  const lang = checkLang(o.lang, ["options", "lang"]);
  // The value is made renderable once, for its table and its chart (a falsy framework is none).
  const r = renderable(value, o.framework ? o.framework : undefined, revivers);
  const markdown = markdownOf(renderers, r, lang);
  const kind = kindOf(value);
  const charted = !Array.isArray(value) && typeof kind === "string" && Object.hasOwn(charts, kind);
  const chart = charted ? chartOf(charts, r.value, { lang, width: 480, ...(r.framework ? { framework: r.framework } : {}) }) : null;
  return chart ? { "text/markdown": markdown, [VEGALITE_MIME]: chart, "text/plain": markdown } : { "text/markdown": markdown, "text/plain": markdown };
}

interface DenoJupyter {
  display(bundle: Record<string, unknown>, options: { raw: boolean }): unknown;
}

function denoJupyter(): DenoJupyter | null {
  try {
    // Outside `deno jupyter`, reading Deno.jupyter throws.
    const jupyter = (globalThis as { Deno?: { jupyter?: { display?: unknown } } }).Deno?.jupyter;
    return jupyter && typeof jupyter.display === "function" ? (jupyter as DenoJupyter) : null;
  } catch {
    return null;
  }
}

/**
 * What a result's `Symbol.for("Jupyter.display")` returns. Outside Deno's kernel: the whole MIME
 * bundle, at once. Inside it, the table and the chart under it are sent as two outputs (a front end
 * shows one MIME type per output, and JupyterLab prefers the chart), each awaited until the kernel
 * has taken it, and nothing is left for the kernel to send after the cell: the kernel may report a
 * cell done before it sends the cell's own result, and a notebook runner then drops that result.
 * The bundle itself is built at once, with the renderers of the result's domain (no import when
 * asked). A value these renderers cannot render shows as its JSON, never a failing cell.
 * @internal
 */
export function jupyterBundleWith(
  renderers: MarkdownRenderers,
  charts: ChartRenderers,
  value: unknown,
  framework?: Framework,
): Record<string, unknown> | Promise<Record<string, unknown>> {
  let bundle: MimeBundle;
  try {
    bundle = mimeBundleWith(renderers, charts, {}, value, framework ? { framework } : {});
  } catch {
    bundle = { "text/markdown": "", "text/plain": JSON.stringify(value, null, 2) };
    const plain = { "text/plain": bundle["text/plain"] };
    const k = denoJupyter();
    return k ? sent(k, [plain]) : plain;
  }
  const kernel = denoJupyter();
  if (!kernel) return { ...bundle };
  const chart = bundle[VEGALITE_MIME];
  const table = { "text/markdown": bundle["text/markdown"], "text/plain": bundle["text/plain"] };
  return sent(kernel, chart ? [table, { [VEGALITE_MIME]: chart, "text/plain": String((chart as { title?: unknown }).title ?? "Vega-Lite") }] : [table]);
}

/** Send outputs through the kernel one after the other, each awaited; the cell's own result is empty. */
async function sent(kernel: DenoJupyter, outputs: readonly Record<string, unknown>[]): Promise<Record<string, unknown>> {
  for (const o of outputs) {
    await kernel.display(o, { raw: true });
    // Deno's kernel hands outputs to a sender of its own and may report the cell done before that
    // sender has run; a short pause after each output lets it send (a runner drops what comes after).
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {};
}
